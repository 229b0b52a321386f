package main

func k(p *int) **int { return &p }

func m(p *int) (*int, **int) { return p, &p }
