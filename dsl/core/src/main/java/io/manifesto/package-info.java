/**
 * Manifesto: a typed Java DSL that composes Kubernetes workloads and renders deterministic YAML.
 * Start at {@link io.manifesto.Manifesto}.
 */
package io.manifesto;
