package io.manifesto;

import io.manifesto.identity.Role;
import io.manifesto.identity.ServiceAccount;
import io.manifesto.networkpolicy.Allow;
import io.manifesto.networkpolicy.DenyAllIngress;
import io.manifesto.secrets.Secret;
import io.manifesto.workload.CronJob;
import io.manifesto.workload.Job;
import io.manifesto.workload.Service;
import io.manifesto.workload.Workload;

/**
 * The factories of what supports an application's workloads: Jobs and CronJobs, service accounts and roles, declared
 * Secrets, network policies. Reach them through {@link Manifesto} ({@code import static io.manifesto.Manifesto.*;}),
 * which inherits them; this class only keeps that one entry point a file of readable size.
 */
abstract class SupportingKinds extends ObjectChecks {

    SupportingKinds() {
    }

    /** A Job (batch/v1) named {@code name}: pods that run to completion, restarting {@code Never} by default. */
    public static Job job(String name) {
        return Job.named(name);
    }

    /**
     * A CronJob (batch/v1) named {@code name} that makes a Job on {@code schedule} ({@code spec.schedule}, five cron
     * fields such as {@code "0 3 * * *"}, or {@code @daily}).
     */
    public static CronJob cronJob(String name, String schedule) {
        return CronJob.named(name, schedule);
    }

    /**
     * A ServiceAccount (v1) named {@code name}: the identity pods run as ({@code deployment(..).with(account)}), that
     * Roles are granted to and Azure Workload Identity federates ({@code .workloadIdentity(clientId)}).
     */
    public static ServiceAccount serviceAccount(String name) {
        return ServiceAccount.named(name);
    }

    /**
     * An Opaque Secret named {@code name}, declared with its {@code keys}: the values are supplied at deploy time, so
     * nothing is rendered, and every reference to the Secret is checked against these keys.
     */
    public static Secret secret(String name, String... keys) {
        return Secret.declared(name, keys);
    }

    /** A {@code kubernetes.io/tls} Secret named {@code name}, declared ({@code tls.crt}, {@code tls.key}). */
    public static Secret tlsSecret(String name) {
        return Secret.tls(name);
    }

    /** A {@code kubernetes.io/dockerconfigjson} Secret named {@code name}, declared, for {@code imagePullSecrets}. */
    public static Secret registrySecret(String name) {
        return Secret.registry(name);
    }

    /**
     * The start of a traffic intent, "{@code workload} may call": {@code allow(web).toCall(orders.port("http"))}
     * renders a NetworkPolicy that admits web's pods to orders' named port.
     */
    public static Allow allow(Workload<?> workload) {
        return Allow.from(workload);
    }

    /** The start of "every pod of {@code namespace} may call", e.g. the ingress controller's namespace. */
    public static Allow allowNamespace(String namespace) {
        return Allow.fromNamespace(namespace);
    }

    /** The NetworkPolicy {@code deny-all-ingress}: only what an {@code allow(...)} admits reaches a pod. */
    public static DenyAllIngress denyAllIngress() {
        return new DenyAllIngress();
    }

    /**
     * A Service (v1) named {@code name} of its own, selecting the pods of {@code workload} by its selector: beside the
     * Service derived from the workload (a StatefulSet's client Service next to its headless one), or instead of it.
     * A ClusterIP Service on every container port until {@code .type(...)} and {@code .expose(...)} say otherwise.
     */
    public static Service service(String name, Workload<?> workload) {
        return Service.selecting(name, workload);
    }

    /** A Role (rbac.authorization.k8s.io/v1) named {@code name}; {@code .clusterWide()} for a ClusterRole. */
    public static Role role(String name) {
        return Role.named(name);
    }
}
