// Command idle opens many keep-alive connections to an HTTP server, sends
// one request on each and then holds them all open, so that run.sh
// can read the server's memory with N idle clients attached.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:28080", "server address")
	n := flag.Int("conns", 10000, "connections to open and hold")
	path := flag.String("path", "/v1/models/rag", "path of the one request sent on each connection")
	flag.Parse()

	conns := make([]net.Conn, *n)
	var wg sync.WaitGroup
	var mu sync.Mutex
	failed := 0
	sem := make(chan struct{}, 256) // connect in waves, not a SYN flood
	for i := range conns {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			c, err := net.Dial("tcp", *addr)
			if err == nil {
				_, err = fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: bench\r\n\r\n", *path)
			}
			if err == nil {
				var res *http.Response
				if res, err = http.ReadResponse(bufio.NewReader(c), nil); err == nil {
					_, err = bufio.NewReader(res.Body).WriteTo(discard{})
					res.Body.Close()
				}
			}
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed++
				return
			}
			conns[i] = c
		}()
	}
	wg.Wait()
	fmt.Printf("idle connections held: %d (failed %d)\n", *n-failed, failed)
	os.Stdout.Sync()

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, os.Interrupt)
	<-stop
	for _, c := range conns {
		if c != nil {
			c.Close()
		}
	}
	if failed > 0 {
		log.Fatalf("%d connections failed", failed)
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }
