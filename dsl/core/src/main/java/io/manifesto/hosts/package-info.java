/**
 * Host names as ingresses, TLS sections, certificates and ACME solvers write them: the one check of what a host may
 * be, shared by {@code networking} and {@code tls} so that neither needs the other for it.
 */
package io.manifesto.hosts;
