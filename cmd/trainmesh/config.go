package main

import (
	"fmt"
	"io"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

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
// f is set: the environment overrides the file. A value of the wrong type is
// a configError naming the key, its section and the type wanted; kong's own
// message would name the flag and Go's types
// (`--listen: []interface {}{5} -> *[]string: json: ...`).
func (c *tomlConfig) Resolve(_ *kong.Context, _ *kong.Path, f *kong.Flag) (any, error) {
	for _, env := range f.Envs {
		if _, ok := os.LookupEnv(env); ok {
			return nil, nil
		}
	}
	key := configKey(f)
	v, ok := c.values[key]
	if !ok {
		return nil, nil
	}
	v, err := checkConfigValue(f, v)
	if err != nil {
		return nil, &configError{path: c.path, key: key, msg: err.Error()}
	}
	return v, nil
}

// configError is a config file's value that its setting cannot take. run
// prints it alone, without the flag kong puts in front of a resolver's
// error: the user wrote a key, not a flag.
type configError struct {
	path, key, msg string
}

func (e *configError) Error() string {
	section, key := "the top level", e.key
	if i := strings.LastIndexByte(e.key, '.'); i >= 0 {
		section, key = "section ["+e.key[:i]+"]", e.key[i+1:]
	}
	return fmt.Sprintf("config %s: key %q in %s %s", e.path, key, section, e.msg)
}

var durationType = reflect.TypeFor[time.Duration]()

// wantOf says in words what a flag's setting takes.
func wantOf(f *kong.Flag) string {
	t := f.Target.Type()
	switch {
	case t == durationType:
		return `a duration in quotes, such as "30s" or "2m"`
	case f.Enum != "":
		return "one of " + quoteAll(f.EnumSlice())
	case t.Kind() == reflect.String:
		return "a string in quotes"
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		return `a list of strings, such as ["a", "b"]`
	case t.Kind() == reflect.Bool:
		return "true or false"
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64:
		return "a whole number"
	case t.Kind() >= reflect.Uint && t.Kind() <= reflect.Uintptr:
		return "a whole number, 0 or more"
	case t.Kind() == reflect.Float32 || t.Kind() == reflect.Float64:
		return "a number"
	}
	return t.String()
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

// describe names a TOML value and its type, as the file wrote it.
func describe(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("the string %q", v)
	case int64:
		return fmt.Sprintf("the number %d", v)
	case float64:
		return fmt.Sprintf("the number %v", v)
	case bool:
		return fmt.Sprintf("the boolean %v", v)
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = tomlText(e)
		}
		return "the list [" + strings.Join(parts, ", ") + "]"
	case []map[string]any, map[string]any:
		return "a table"
	}
	return fmt.Sprintf("the date or time %v", v)
}

func tomlText(v any) string {
	if s, ok := v.(string); ok {
		return strconv.Quote(s)
	}
	return fmt.Sprint(v)
}

// checkConfigValue returns the file's value v as f takes it, or an error
// saying what f wants instead. Whole numbers are taken where a string is
// wanted (price-floor = 300), since such strings are amounts.
func checkConfigValue(f *kong.Flag, raw any) (any, error) {
	t, v := f.Target.Type(), raw
	fits := false
	switch k := t.Kind(); {
	case t == durationType:
		s, ok := v.(string)
		if _, err := time.ParseDuration(s); ok && err == nil {
			fits = true
		}
	case k == reflect.String:
		switch x := v.(type) {
		case string:
			fits = true
		case int64:
			v, fits = strconv.FormatInt(x, 10), true
		}
		if s, _ := v.(string); fits && f.Enum != "" && !f.EnumMap()[s] {
			fits = false
		}
	case k == reflect.Slice && t.Elem().Kind() == reflect.String:
		switch x := v.(type) {
		case string:
			fits = true
		case []any:
			fits = true
			for _, e := range x {
				if _, ok := e.(string); !ok {
					fits = false
				}
			}
		}
	case k == reflect.Bool:
		_, fits = v.(bool)
	case k >= reflect.Int && k <= reflect.Int64:
		x, ok := v.(int64)
		fits = ok && !reflect.New(t).Elem().OverflowInt(x)
	case k >= reflect.Uint && k <= reflect.Uintptr:
		x, ok := v.(int64)
		fits = ok && x >= 0 && !reflect.New(t).Elem().OverflowUint(uint64(x))
	case k == reflect.Float32 || k == reflect.Float64:
		switch v.(type) {
		case float64, int64:
			fits = true
		}
	default:
		fits = true // kong's mapper below decides
	}
	if !fits {
		return nil, fmt.Errorf("wants %s, not %s", wantOf(f), describe(raw))
	}
	// The flag's own mapper (paths, sizes, custom types) has the last word,
	// on a scratch value so that a failure leaves the flag untouched.
	scratch := reflect.New(t).Elem()
	if err := f.Mapper.Decode(&kong.DecodeContext{Value: f.Value, Scan: kong.Scan().PushTyped(v, kong.FlagValueToken)}, scratch); err != nil {
		return nil, fmt.Errorf("wants %s: %v", wantOf(f), err)
	}
	return v, nil
}
