// Command memwatch reports the resident memory of a process and all its
// descendants, for the sidecar benchmark. nginx (master + workers) and a
// multi-worker Python proxy are process trees; counting only the root would
// flatter them, so every contender is measured as the sum over its tree.
//
//	memwatch -pid N -once        print the tree's current RSS and exit
//	memwatch -pid N              sample every -interval until SIGTERM/SIGINT
//	                             or until the tree is gone, then print the peak
//
// The peak is the largest sampled sum of VmRSS; "hwm" is the sum of each
// process's own VmHWM (the kernel's high-water mark, which also catches a
// spike between two samples, but may add up peaks that happened at
// different times). Output is one line of key=value pairs in KiB.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	pid := flag.Int("pid", 0, "root process id")
	interval := flag.Duration("interval", 100*time.Millisecond, "sampling interval")
	once := flag.Bool("once", false, "print the current RSS and exit")
	flag.Parse()
	if *pid <= 0 {
		fmt.Fprintln(os.Stderr, "memwatch: -pid is required")
		os.Exit(2)
	}
	if *once {
		s := sample(*pid)
		fmt.Printf("rss_kb=%d procs=%d\n", s.rss, s.procs)
		return
	}

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, os.Interrupt)
	tick := time.NewTicker(*interval)
	defer tick.Stop()
	var peak tree
	hwm := map[int]int64{} // per pid: a process that exits keeps its last high-water mark
	n := 0
	for {
		s := sample(*pid)
		if s.procs == 0 {
			break
		}
		n++
		if s.rss > peak.rss {
			peak = s
		}
		for p, h := range s.hwm {
			hwm[p] = h
		}
		select {
		case <-stop:
			report(n, peak, hwm)
			return
		case <-tick.C:
		}
	}
	report(n, peak, hwm)
}

func report(samples int, peak tree, hwm map[int]int64) {
	var sum int64
	for _, h := range hwm {
		sum += h
	}
	fmt.Printf("samples=%d peak_rss_kb=%d peak_procs=%d hwm_kb=%d\n", samples, peak.rss, peak.procs, sum)
}

// tree is one sample of a process tree.
type tree struct {
	rss   int64         // sum of VmRSS, KiB
	procs int           // processes found
	hwm   map[int]int64 // VmHWM per pid, KiB
}

func sample(root int) tree {
	t := tree{hwm: map[int]int64{}}
	for _, p := range descendants(root) {
		rss, hwm, ok := status(p)
		if !ok {
			continue // exited between listing and reading
		}
		t.rss += rss
		t.hwm[p] = hwm
		t.procs++
	}
	return t
}

// descendants lists root and every process below it, from the kernel's
// /proc/<pid>/task/<tid>/children lists.
func descendants(root int) []int {
	out := []int{}
	queue := []int{root}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		if _, err := os.Stat(fmt.Sprintf("/proc/%d", p)); err != nil {
			continue
		}
		out = append(out, p)
		tasks, _ := os.ReadDir(fmt.Sprintf("/proc/%d/task", p))
		for _, task := range tasks {
			b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%s/children", p, task.Name()))
			if err != nil {
				continue
			}
			for _, f := range strings.Fields(string(b)) {
				if c, err := strconv.Atoi(f); err == nil {
					queue = append(queue, c)
				}
			}
		}
	}
	return out
}

// status reads VmRSS and VmHWM (KiB) from /proc/<pid>/status. A zombie has
// neither and counts as gone.
func status(pid int) (rss, hwm int64, ok bool) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, found := strings.Cut(sc.Text(), ":")
		if !found || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		fields := strings.Fields(v)
		if len(fields) == 0 {
			continue
		}
		n, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			continue
		}
		if k == "VmRSS" {
			rss, ok = n, true
		} else {
			hwm = n
		}
	}
	return rss, hwm, ok
}
