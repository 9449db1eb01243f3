/**
 * The annotation processor: it reads Manifesto's annotations and dekorate's {@code @KubernetesApplication} through
 * their mirrors, maps them onto DSL values, renders those through the DSL, and registers decorators on dekorate's
 * session that put the rendered parts into dekorate's resource list. Mistakes become compiler errors on the
 * annotation value.
 */
package io.manifesto.annotations.processing;
