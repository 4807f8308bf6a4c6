// Command pace sends POST requests at a fixed total rate over a fixed set of
// keep-alive connections, the way wrk2 does (wrk2 is not a Debian package),
// and writes one CSV row per request for report.py.
//
// Why not hey: "hey -c 20 -q 50" fires its 20 workers together every 20 ms,
// a 20-deep queue rather than light load, and 20 separate "hey -c 1"
// processes, the spread-out alternative, put 20 Go runtimes on the machine's
// two cores beside the proxy under test: their start-up, exit and
// scheduling show up in every target's tail. One process holding the
// connections spreads the arrivals evenly instead: connection i sends at
// start + i/rate + k*conns/rate.
//
// Each connection is opened and used once before the clock starts, so a
// dial is never timed. A row's latency runs from the moment its request
// was sent; "late" says how far behind its schedule the send was, which
// shows whether this process kept pace (a late send is not folded into the
// latency: that would charge the generator's own scheduling to the target).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"sync"
	"time"
)

type sample struct {
	offset, latency, late time.Duration
	status                int // 0: the request failed
}

func main() {
	url := flag.String("url", "", "where to POST")
	body := flag.String("body", "", "request body (JSON)")
	conns := flag.Int("c", 20, "keep-alive connections, each sending in turn")
	rate := flag.Float64("rate", 1000, "requests per second over all connections")
	duration := flag.Duration("d", 10*time.Second, "how long to send")
	out := flag.String("o", "", "CSV file to write (default: stdout)")
	flag.Parse()
	if *url == "" || *conns < 1 || *rate <= 0 {
		log.Fatal("pace: -url, -c >= 1 and -rate > 0 are required")
	}

	clients := make([]*http.Client, *conns)
	for i := range clients {
		clients[i] = &http.Client{
			Timeout:   10 * time.Second,
			Transport: &http.Transport{MaxConnsPerHost: 1, MaxIdleConnsPerHost: 1, DisableCompression: true},
		}
		if _, err := send(clients[i], *url, *body); err != nil {
			log.Fatalf("pace: warm-up request on connection %d: %v", i, err)
		}
	}

	gap := time.Duration(float64(time.Second) / *rate)
	every := gap * time.Duration(*conns)
	perConn := int(*duration / every)
	samples := make([][]sample, *conns)
	start := time.Now().Add(50 * time.Millisecond)
	var wg sync.WaitGroup
	for i, client := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			own := make([]sample, 0, perConn)
			for k := range perConn {
				due := start.Add(time.Duration(i)*gap + time.Duration(k)*every)
				time.Sleep(time.Until(due))
				sent := time.Now()
				status, err := send(client, *url, *body)
				if err != nil {
					status = 0
				}
				own = append(own, sample{offset: due.Sub(start), latency: time.Since(sent), late: sent.Sub(due), status: status})
			}
			samples[i] = own
		}()
	}
	wg.Wait()

	w := os.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			log.Fatal(err)
		}
		defer f.Close()
		w = f
	}
	// The column names are hey's (-o csv), so report.py reads both alike.
	fmt.Fprintln(w, "response-time,status-code,offset,late")
	for _, own := range samples {
		for _, s := range own {
			fmt.Fprintf(w, "%.6f,%d,%.6f,%.6f\n", s.latency.Seconds(), s.status, s.offset.Seconds(), s.late.Seconds())
		}
	}
}

// send POSTs body and reads the whole answer, so the connection is reused.
func send(client *http.Client, url, body string) (int, error) {
	resp, err := client.Post(url, "application/json", bytes.NewReader([]byte(body)))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
