/**
 * Manifesto's annotations for an application class that dekorate's {@code @KubernetesApplication} already
 * describes: horizontal and vertical autoscaling, disruption budget and eviction hint, AKS virtual node placement,
 * tolerations and node selectors, and TLS from Let's Encrypt through cert-manager. Each annotation maps onto the DSL
 * value of the same concept ({@code io.manifesto.Manifesto}'s factories); {@code io.manifesto.annotations.processing}
 * renders them through the DSL into the manifests dekorate writes.
 */
package io.manifesto.annotations;
