package io.manifesto.workload;

import io.manifesto.rules.DslRules;
import io.manifesto.rules.RuleInfo;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;

import java.util.List;

/**
 * The workload rules only a DSL definition can break: what the user handed the DSL (a null), a setting the
 * rendering drops, or an intent no object records. Everything else about workloads is checked on the rendered
 * objects, by the rule sets of {@code io.manifesto.workload.rules}.
 */
public final class WorkloadDslRules implements DslRules {

    /** A null handed to a DSL method or factory. */
    public static final RuleInfo INPUT_NULL = RuleInfo.error(MissingValue.RULE,
            "no DSL method or factory is handed a null",
            "a null says nothing of what the manifest should hold, so the DSL cannot render it faithfully");
    /** A security default switched off without a reason. */
    public static final RuleInfo OPT_OUT_REASON = RuleInfo.error(WorkloadRules.OPT_OUT_REASON,
            "a security default switched off says why",
            "the reason is rendered as the opt-out annotation, the only record a reviewer sees of why a Pod"
                    + " Security Standards default is missing");
    /** A replica count on a DaemonSet. */
    public static final RuleInfo DAEMONSET_REPLICAS = RuleInfo.error(WorkloadRules.DAEMONSET_REPLICAS,
            "a DaemonSet has no replica count",
            "a DaemonSet runs one pod per node: the rendering has no field for the count, which would be lost");
    /** A recommended label typed by hand. */
    public static final RuleInfo RESERVED_LABEL = RuleInfo.error(Names.RESERVED_LABEL_RULE,
            "the recommended labels app.kubernetes.io/* are derived, not typed",
            "Manifesto renders them from the application and the workload, and would replace a hand-typed value");

    /** A Service type asked of a StatefulSet, whose Service is headless. */
    public static final RuleInfo HEADLESS_SERVICE_TYPE = RuleInfo.error(WorkloadRules.HEADLESS_SERVICE_TYPE,
            "a StatefulSet's governing Service, which is headless, is not given a type (ClusterIP included)",
            "the governing Service must be headless (clusterIP: None) for the pods' DNS names, so it has no cluster IP"
                    + " and no NodePort or LoadBalancer: the type asked for, ClusterIP too, could not take effect");
    /** A Service value selecting a workload the application lacks. */
    public static final RuleInfo SERVICE_WORKLOAD = RuleInfo.error("service.workload-missing",
            "a Service value selects the pods of a workload of the application",
            "nothing creates the pods of a workload that is not applied, so the Service would have no endpoints");
    /** Service settings on a workload whose containers have no port. */
    public static final RuleInfo SERVICE_NO_PORTS = RuleInfo.error(WorkloadRules.SERVICE_NO_PORTS,
            "a workload given Service settings, or a Service value that is not headless, has a container port to"
                    + " expose",
            "without a container port no Service is rendered, so the settings would be lost");
    /** A StatefulSet rendered without its governing Service. */
    public static final RuleInfo STATEFULSET_SERVICE = RuleInfo.error(StatefulSet.SERVICE_REQUIRED,
            "a StatefulSet keeps its governing headless Service",
            "the pods' stable DNS names (db-0.db) come from that Service: withoutService() would leave serviceName"
                    + " naming a Service that is not rendered");
    /** A StatefulSet name too long for its pods' revision label. */
    public static final RuleInfo STATEFULSET_NAME_LENGTH = RuleInfo.error(StatefulSet.NAME_LENGTH,
            "a StatefulSet's name has at most 52 characters",
            "the controller labels each pod controller-revision-hash: <name>-<hash of up to 10 characters>, and a"
                    + " label value longer than 63 characters makes it fail to create any pod");

    /** Headers on a probe that is not an HTTP GET. */
    public static final RuleInfo PROBE_HEADERS_WITHOUT_HTTP = RuleInfo.error(WorkloadRules.PROBE_HEADERS_WITHOUT_HTTP,
            "probe headers go with an httpGet probe",
            "only httpGet has httpHeaders: on a tcpSocket, grpc or exec probe the rendering would drop them");

    @Override
    public List<RuleInfo> rules() {
        return List.of(INPUT_NULL, OPT_OUT_REASON, DAEMONSET_REPLICAS, RESERVED_LABEL, HEADLESS_SERVICE_TYPE,
                SERVICE_WORKLOAD, SERVICE_NO_PORTS, STATEFULSET_SERVICE, STATEFULSET_NAME_LENGTH,
                PROBE_HEADERS_WITHOUT_HTTP);
    }
}
