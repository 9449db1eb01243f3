/**
 * Scheduling: placement, tolerations, taints, node pools, affinity and topology spread. Every value here is
 * immutable: a method returns a changed copy, so its result must be used ({@code web.replicas(5);} alone changes
 * nothing, and IDEs and Error Prone say so).
 */
@CheckReturnValue
package io.manifesto.scheduling;

import com.google.errorprone.annotations.CheckReturnValue;
