// Command composecheck loads a Compose file the way `docker compose config` does (compose-go:
// schema validation, interpolation, merge keys, profiles, consistency checks such as depends_on
// naming a real service) and prints the resolved model as JSON. It stands in for
// `docker compose config` on machines with the docker CLI but no compose plugin.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/compose-spec/compose-go/v2/cli"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: composecheck docker-compose.yaml [profile...]")
		os.Exit(2)
	}
	opts, err := cli.NewProjectOptions(os.Args[1:2],
		cli.WithOsEnv,
		cli.WithProfiles(os.Args[2:]),
		cli.WithConsistency(true),
		cli.WithName("vellum"),
	)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	project, err := opts.LoadProject(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out, err := project.MarshalJSON()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(string(out))
}
