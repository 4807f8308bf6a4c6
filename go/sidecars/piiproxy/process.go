package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	runtimemetrics "runtime/metrics"
	"strconv"
)

// memorySeries are the runtime's own accounts of where memory goes, under
// the names the standard Prometheus Go client uses: with thousands of
// connections, goroutine stacks and heap objects are what RSS is made of.
// runtime/metrics reads them without stopping the world.
var memorySeries = []struct{ runtimeName, name, help string }{
	{"/memory/classes/heap/objects:bytes", "go_memstats_heap_alloc_bytes", "Bytes of allocated heap objects."},
	{"/memory/classes/heap/stacks:bytes", "go_memstats_stack_inuse_bytes", "Bytes of goroutine stacks."},
}

// writeProcessMetrics adds the process series the standard Prometheus Go
// client would export and that matter for a sidecar holding thousands of
// connections: goroutines (a leak shows here first), heap and stack bytes,
// and resident memory.
func writeProcessMetrics(b *bufio.Writer) {
	fmt.Fprintln(b, "# HELP go_goroutines Number of goroutines that currently exist.")
	fmt.Fprintln(b, "# TYPE go_goroutines gauge")
	fmt.Fprintf(b, "go_goroutines %d\n", runtime.NumGoroutine())
	samples := make([]runtimemetrics.Sample, len(memorySeries))
	for i, s := range memorySeries {
		samples[i].Name = s.runtimeName
	}
	runtimemetrics.Read(samples)
	for i, s := range memorySeries {
		fmt.Fprintf(b, "# HELP %s %s\n# TYPE %s gauge\n%s %d\n", s.name, s.help, s.name, s.name, samples[i].Value.Uint64())
	}
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
