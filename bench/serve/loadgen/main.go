// Command loadgen is the serving benchmark's load generator (bench/serve/run.py): it POSTs each
// line of a bodies file once (the file holds distinct questions), from C concurrent keep-alive
// connections, N requests in all, and prints p50/p99 latency and throughput as one JSON line.
//
// Why not the Python client it replaces: an asyncio httpx client spends ~0.5-1 ms of CPU per
// request, which on a 2-core host is taken from the server being measured; this costs tens of
// microseconds. Vellum and the peer are measured with the same generator.
//
//	go run . -url URL -bodies FILE -n N -c C
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

type result struct {
	Requests int     `json:"requests"`
	Seconds  float64 `json:"seconds"`
	RPS      float64 `json:"rps"`
	P50ms    float64 `json:"p50_ms"`
	P99ms    float64 `json:"p99_ms"`
}

func main() {
	url := flag.String("url", "", "endpoint to POST to")
	bodiesPath := flag.String("bodies", "", "file with one JSON body per line")
	n := flag.Int("n", 100, "requests in all (each body at most once)")
	c := flag.Int("c", 1, "concurrent connections")
	flag.Parse()
	bodies, err := readLines(*bodiesPath)
	if err != nil {
		fail(err)
	}
	if *n > len(bodies) {
		fail(fmt.Errorf("asked for %d requests but %s holds %d bodies", *n, *bodiesPath, len(bodies)))
	}
	res, err := run(*url, bodies[:*n], *c)
	if err != nil {
		fail(err)
	}
	out, _ := json.Marshal(res)
	fmt.Println(string(out))
}

func run(url string, bodies [][]byte, concurrency int) (result, error) {
	client := &http.Client{
		Timeout:   10 * time.Minute,
		Transport: &http.Transport{MaxIdleConnsPerHost: concurrency, MaxConnsPerHost: concurrency},
	}
	latencies := make([]time.Duration, len(bodies))
	var next atomic.Int64
	var firstErr error
	var once sync.Once
	var wg sync.WaitGroup
	started := time.Now()
	for w := 0; w < concurrency; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(bodies) {
					return
				}
				t := time.Now()
				err := post(client, url, bodies[i])
				latencies[i] = time.Since(t)
				if err != nil {
					once.Do(func() { firstErr = err })
					return
				}
			}
		}()
	}
	wg.Wait()
	wall := time.Since(started)
	if firstErr != nil {
		return result{}, firstErr
	}
	sort.Slice(latencies, func(a, b int) bool { return latencies[a] < latencies[b] })
	return result{
		Requests: len(bodies),
		Seconds:  wall.Seconds(),
		RPS:      float64(len(bodies)) / wall.Seconds(),
		P50ms:    ms(percentile(latencies, 50)),
		P99ms:    ms(percentile(latencies, 99)),
	}, nil
}

// post sends one request; anything but a 200 fails the run (a benchmark of errors is no benchmark).
func post(client *http.Client, url string, body []byte) error {
	resp, err := client.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	payload, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, payload)
	}
	return nil
}

// percentile uses the same nearest-rank rule as run.py's pct (index int(p/100*n), clamped).
func percentile(sorted []time.Duration, p float64) time.Duration {
	i := int(p / 100 * float64(len(sorted)))
	if i >= len(sorted) {
		i = len(sorted) - 1
	}
	return sorted[i]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func readLines(path string) ([][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]byte
	scanner := bufio.NewScanner(f)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	for scanner.Scan() {
		if line := bytes.TrimSpace(scanner.Bytes()); len(line) > 0 {
			out = append(out, append([]byte(nil), line...))
		}
	}
	return out, scanner.Err()
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "loadgen:", err)
	os.Exit(1)
}
