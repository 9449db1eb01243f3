package io.manifesto.workload.rules;

import io.fabric8.kubernetes.api.model.HostAlias;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.IpAddresses;
import io.manifesto.validate.Names;

import java.util.List;
import java.util.Objects;

/** What a pod spec says besides its containers and volumes: accounts, pull secrets, grace period, host aliases. */
public final class PodRules implements RuleSet {

    /** A pod without containers. */
    public static final RuleInfo NO_CONTAINERS = RuleInfo.error("workload.no-containers",
            "a pod has at least one container", "the API server rejects a pod template without containers");
    /** A negative termination grace period. */
    public static final RuleInfo GRACE_PERIOD = RuleInfo.error("pod.grace-period",
            "a termination grace period is 0 or more", "the API server rejects a negative grace period");
    /** A host alias without IP or hostnames, or whose IP is not an IP address. */
    public static final RuleInfo HOST_ALIAS = RuleInfo.error("pod.host-alias",
            "a host alias maps an IP address to at least one hostname",
            "the API server rejects a host alias whose ip is not an IPv4 or IPv6 address");

    @Override
    public List<RuleInfo> rules() {
        return List.of(NameChecks.DNS1123_SUBDOMAIN, GRACE_PERIOD, NO_CONTAINERS, HOST_ALIAS);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource workload : set.workloads()) {
            PodTemplate pod = set.pods(workload).orElseThrow();
            PodSpec spec = pod.spec();
            Findings.On podSpec = findings.on(workload).field(pod.specPath());
            if (spec.getServiceAccountName() != null) {
                Names.checkDns1123Subdomain(podSpec, "serviceAccountName", spec.getServiceAccountName());
            }
            if (spec.getImagePullSecrets() != null) {
                spec.getImagePullSecrets().stream().filter(Objects::nonNull).map(LocalObjectReference::getName)
                        .forEach(secret -> Names.checkDns1123Subdomain(podSpec,
                                "imagePullSecrets[" + secret + "].name", secret));
            }
            Long grace = spec.getTerminationGracePeriodSeconds();
            if (grace != null && grace < 0) {
                podSpec.report(GRACE_PERIOD, "terminationGracePeriodSeconds", grace,
                        "a grace period cannot be negative", Fix.of("use 0 (stop at once) or more"));
            }
            if (spec.getContainers() == null || spec.getContainers().isEmpty()) {
                podSpec.report(NO_CONTAINERS, "containers", null, "a workload needs at least one container",
                        Fix.of("add one with .container(container(\"app\").image(\"...\"))",
                                "add a container with a name and an image to " + pod.specPath() + ".containers"));
            }
            List<HostAlias> aliases = spec.getHostAliases() == null ? List.of() : spec.getHostAliases();
            for (int i = 0; i < aliases.size(); i++) {
                if (aliases.get(i) != null) {
                    checkHostAlias(aliases.get(i), podSpec, "hostAliases[" + i + "]");
                }
            }
        }
    }

    private static void checkHostAlias(HostAlias alias, Findings.On podSpec, String field) {
        String ip = alias.getIp() == null ? "" : alias.getIp();
        List<String> hostnames = alias.getHostnames() == null ? List.of()
                : alias.getHostnames().stream().map(h -> Objects.requireNonNullElse(h, "")).toList();
        if (ip.isBlank() || hostnames.isEmpty() || hostnames.stream().anyMatch(String::isBlank)) {
            podSpec.report(HOST_ALIAS, field, "ip=" + ip + " hostnames=" + hostnames,
                    "a host alias needs an IP address and at least one non-blank hostname",
                    Fix.of("write it like .hostAlias(\"10.0.0.5\", \"db.internal\")",
                            "write it like {ip: 10.0.0.5, hostnames: [db.internal]}"));
            return;
        }
        if (!IpAddresses.isIpAddress(ip)) {
            podSpec.report(HOST_ALIAS, field + ".ip", ip, "is not an IPv4 or IPv6 address",
                    Fix.of("write the address, e.g. \"10.0.0.5\"; names go in the hostnames"));
        }
        hostnames.forEach(hostname -> Names.checkDns1123Subdomain(podSpec, field + ".hostnames", hostname));
    }
}
