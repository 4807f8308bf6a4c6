// Command vellum-project is a Crossplane composition function that turns a VellumProject
// (team, type, collection, model, gpuCount) into an index bucket and a KServe
// InferenceService whose pod carries the PII-scrubbing sidecar.
package main

import (
	"github.com/alecthomas/kong"

	function "github.com/crossplane/function-sdk-go"
)

// CLI mirrors the flags Crossplane's function runtime passes to every function pod.
type CLI struct {
	Debug              bool   `help:"Emit debug logs in addition to info logs." short:"d"`
	Network            string `default:"tcp" help:"Network on which to listen for gRPC connections."`
	Address            string `default:":9443" help:"Address at which to listen for gRPC connections."`
	TLSCertsDir        string `env:"TLS_SERVER_CERTS_DIR" help:"Directory with tls.key, tls.crt and the client CA ca.crt."`
	Insecure           bool   `help:"Run without mTLS credentials (crossplane render, local benchmarks)."`
	MaxRecvMessageSize int    `default:"4" help:"Maximum size of received messages in MB."`
	MetricsAddress     string `default:":8080" help:"Address of the Prometheus metrics endpoint (the SDK's default); empty disables it."`
}

// Run serves the function until the process is stopped.
func (c *CLI) Run() error {
	log, err := function.NewLogger(c.Debug)
	if err != nil {
		return err
	}
	return function.Serve(&Function{log: log},
		function.Listen(c.Network, c.Address),
		function.MTLSCertificates(c.TLSCertsDir),
		function.Insecure(c.Insecure),
		function.MaxRecvMessageSize(c.MaxRecvMessageSize*1024*1024),
		function.WithMetricsServer(c.MetricsAddress))
}

func main() {
	ctx := kong.Parse(&CLI{}, kong.Description("Composes a VellumProject: index bucket + InferenceService with PII sidecar."))
	ctx.FatalIfErrorf(ctx.Run())
}
