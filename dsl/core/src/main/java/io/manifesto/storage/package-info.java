/**
 * Storage: StorageClasses (storage.k8s.io/v1), which claims name to get their volumes provisioned. Every value here is
 * immutable: a method returns a changed copy, so its result must be used ({@code web.replicas(5);} alone changes
 * nothing, and IDEs and Error Prone say so).
 */
@CheckReturnValue
package io.manifesto.storage;

import com.google.errorprone.annotations.CheckReturnValue;
