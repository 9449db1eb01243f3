/**
 * TLS through cert-manager: issuers, certificates and the ingress TLS sections they serve. Every value here is
 * immutable: a method returns a changed copy, so its result must be used ({@code web.replicas(5);} alone changes
 * nothing, and IDEs and Error Prone say so).
 */
@CheckReturnValue
package io.manifesto.tls;

import com.google.errorprone.annotations.CheckReturnValue;
