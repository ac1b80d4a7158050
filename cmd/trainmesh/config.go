package main

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/alecthomas/kong"
)

// tomlConfig resolves flags from a TOML file. kong ships JSON and YAML
// loaders; its TOML loader is not published on the module proxy, and the 60
// lines here are less than a second config library.
//
// A flag's key is its `toml:"section.key"` tag, or its name at the top
// level. Precedence, highest first: command-line flag, TRAINMESH_*
// environment variable, config file, built-in default.
type tomlConfig struct {
	path   string
	values map[string]any // flattened: "mesh.listen" -> value
}

// loadTOMLConfig is a kong.ConfigurationLoader.
func loadTOMLConfig(r io.Reader) (kong.Resolver, error) {
	name := "config"
	if f, ok := r.(*os.File); ok {
		name = f.Name()
	}
	var raw map[string]any
	if _, err := toml.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("config %s: %w", name, err)
	}
	c := &tomlConfig{path: name, values: map[string]any{}}
	flatten("", raw, c.values)
	return c, nil
}

func flatten(prefix string, in map[string]any, out map[string]any) {
	for k, v := range in {
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		if table, ok := v.(map[string]any); ok {
			flatten(key, table, out)
			continue
		}
		out[key] = v
	}
}

func configKey(f *kong.Flag) string {
	if k := f.Tag.Get("toml"); k != "" {
		return k
	}
	return f.Name
}

// Validate rejects keys that no flag of the program reads, so that a typo
// in a config file is an error and not a silently ignored setting.
func (c *tomlConfig) Validate(app *kong.Application) error {
	known := map[string]bool{}
	var walk func(n *kong.Node)
	walk = func(n *kong.Node) {
		for _, f := range n.Flags {
			known[configKey(f)] = true
		}
		for _, child := range n.Children {
			walk(child)
		}
	}
	walk(app.Node)
	var unknown []string
	for k := range c.values {
		if !known[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return fmt.Errorf("config %s: unknown setting %s (see trainmesh --help for the settings)", c.path, strings.Join(unknown, ", "))
	}
	return nil
}

// Resolve returns the file's value for f, unless an environment variable of
// f is set: the environment overrides the file.
func (c *tomlConfig) Resolve(_ *kong.Context, _ *kong.Path, f *kong.Flag) (any, error) {
	for _, env := range f.Envs {
		if _, ok := os.LookupEnv(env); ok {
			return nil, nil
		}
	}
	return c.values[configKey(f)], nil
}
