// time's calendar and formatting: Date, Add/Sub, Format layouts, Parse,
// Unix, Weekday, YearDay, Truncate and Duration's String.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 14, 15, 9, 26, 535897932, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.Kitchen), t.Format("Mon Jan 2 2006 15:04:05.000"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Unix(), t.UnixMilli())
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u.Format(time.ANSIC), u.Sub(t), u.After(t), t.Before(u), u.Equal(t))
	fmt.Println(t.AddDate(0, 1, 20).Format("2006-01-02"), t.Truncate(time.Hour).Format("15:04:05"))
	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 23:59")
	fmt.Println(p, err, p.Weekday())
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println(err)
	e := time.Unix(1e9, 0).UTC()
	fmt.Println(e, e.IsZero(), time.Time{}.IsZero(), time.Time{})
	loc := time.FixedZone("XST", -5*3600)
	fmt.Println(t.In(loc), t.In(loc).Format(time.RFC1123Z))
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Seconds(), time.Duration(1234567))
	ts := []time.Time{u, t, e}
	for _, x := range ts {
		fmt.Print(x.Month().String()[:3], " ")
	}
	fmt.Println()
}
