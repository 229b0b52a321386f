time_format.go:12:13: ... argument does not escape
time_format.go:12:13: t escapes to heap
time_format.go:13:13: ... argument does not escape
time_format.go:13:22: time.Time.Format(t, time.RFC3339) escapes to heap
time_format.go:13:46: time.Time.Format(t, time.RFC3339Nano) escapes to heap
time_format.go:14:13: ... argument does not escape
time_format.go:14:22: time.Time.Format(t, time.Kitchen) escapes to heap
time_format.go:14:46: time.Time.Format(t, "Mon Jan 2 2006 15:04:05.000") escapes to heap
time_format.go:15:13: ... argument does not escape
time_format.go:15:20: time.Time.Year(t) escapes to heap
time_format.go:15:31: time.Time.Month(t) escapes to heap
time_format.go:15:40: time.Time.Day(t) escapes to heap
time_format.go:15:53: time.Time.Weekday(t) escapes to heap
time_format.go:15:66: time.Time.YearDay(t) escapes to heap
time_format.go:15:76: time.Time.Unix(t) escapes to heap
time_format.go:15:91: time.Time.UnixMilli(t) escapes to heap
time_format.go:17:13: ... argument does not escape
time_format.go:17:22: time.Time.Format(u, time.ANSIC) escapes to heap
time_format.go:17:41: time.Time.Sub(u, t) escapes to heap
time_format.go:17:53: time.Time.After(u, t) escapes to heap
time_format.go:17:66: time.Time.Before(t, u) escapes to heap
time_format.go:17:78: time.Time.Equal(u, t) escapes to heap
time_format.go:18:13: ... argument does not escape
time_format.go:18:40: time.Time.Format(.autotmp_2, "2006-01-02") escapes to heap
time_format.go:18:84: time.Time.Format(.autotmp_3, "15:04:05") escapes to heap
time_format.go:20:13: ... argument does not escape
time_format.go:20:13: p escapes to heap
time_format.go:20:31: time.Time.Weekday(p) escapes to heap
time_format.go:22:13: ... argument does not escape
time_format.go:24:13: ... argument does not escape
time_format.go:24:13: e escapes to heap
time_format.go:24:25: time.Time.IsZero(e) escapes to heap
time_format.go:24:47: time.Time.IsZero(time.Time{}) escapes to heap
time_format.go:24:60: time.Time{} escapes to heap
time_format.go:26:13: ... argument does not escape
time_format.go:26:18: time.Time.In(t, loc) escapes to heap
time_format.go:26:41: time.Time.Format(.autotmp_9, time.RFC1123Z) escapes to heap
time_format.go:28:13: ... argument does not escape
time_format.go:28:13: d escapes to heap
time_format.go:28:24: time.Duration.Round(d, time.Minute) escapes to heap
time_format.go:28:49: time.Duration.Truncate(d, time.Hour) escapes to heap
time_format.go:28:71: time.Duration.Seconds(d) escapes to heap
time_format.go:28:88: time.Duration(1234567) escapes to heap
time_format.go:29:19: []time.Time{...} does not escape
time_format.go:31:12: ... argument does not escape
time_format.go:31:31: time.Month.String(.autotmp_13)[:3] escapes to heap
time_format.go:31:37: " " escapes to heap
