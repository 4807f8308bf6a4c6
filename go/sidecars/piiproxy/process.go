package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strconv"
)

// writeProcessMetrics adds the two process series the standard Prometheus
// Go client would export and that matter for a sidecar holding thousands of
// connections: goroutines (a leak shows here first) and resident memory.
func writeProcessMetrics(b *bufio.Writer) {
	fmt.Fprintln(b, "# HELP go_goroutines Number of goroutines that currently exist.")
	fmt.Fprintln(b, "# TYPE go_goroutines gauge")
	fmt.Fprintf(b, "go_goroutines %d\n", runtime.NumGoroutine())
	if rss, err := residentBytes(); err == nil {
		fmt.Fprintln(b, "# HELP process_resident_memory_bytes Resident memory size in bytes.")
		fmt.Fprintln(b, "# TYPE process_resident_memory_bytes gauge")
		fmt.Fprintf(b, "process_resident_memory_bytes %d\n", rss)
	}
}

// residentBytes reads the resident set size from /proc/self/statm (its
// second field, in pages). Elsewhere than Linux it fails, and the series
// is left out rather than reported as 0.
func residentBytes() (int64, error) {
	statm, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, err
	}
	fields := bytes.Fields(statm)
	if len(fields) < 2 {
		return 0, fmt.Errorf("/proc/self/statm: unexpected %q", statm)
	}
	pages, err := strconv.ParseInt(string(fields[1]), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("/proc/self/statm: %w", err)
	}
	return pages * int64(os.Getpagesize()), nil
}
