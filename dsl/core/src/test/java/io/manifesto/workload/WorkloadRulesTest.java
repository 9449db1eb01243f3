package io.manifesto.workload;

import io.manifesto.core.Application;
import io.manifesto.security.ContainerSecurity;
import io.manifesto.security.PodSecurity;
import io.manifesto.security.SecurityDefault;
import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

class WorkloadRulesTest {

    private static Container web() {
        return container("web").image("shop:1.0.0").port("http", 8080);
    }

    private static Application.Builder app(Workload<?> workload) {
        return application("shop").add(workload);
    }

    @Test
    void rejectsRequestAboveLimit() {
        var shop = deployment("shop").container(web().requests(cpu("300m")).limits(cpu("200m")));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].resources.requests.cpu = \"300m\": the CPU"
                        + " request is above the limit \"200m\". Fix: lower the request to at most 200m, or raise"
                        + " the limit. [resources.request-above-limit]");
    }

    @Test
    void rejectsInvalidQuantityWithTheFieldItIsWrittenIn() {
        var shop = deployment("shop").container(web().limits(memory("1g")));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].resources.limits.memory = \"1g\": is not a"
                        + " Kubernetes quantity: a number with an optional suffix (n, u, m, k, M, G, T, P, E, Ki, Mi,"
                        + " Gi, Ti, Pi, Ei, or e<n>). Fix: write it like \"128Mi\". [quantity.format]");
    }

    @Test
    void rejectsServicePortThatNoContainerHas() {
        var shop = deployment("shop").container(web()).servicePort("htp", 80);
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Service/shop spec.ports[htp].targetPort = \"htp\": no container of Deployment/shop has a port"
                        + " of this name. Fix: name one of [http], or add the port to a container."
                        + " [service.unknown-port]");
    }

    @Test
    void rejectsProbeOnPortThatDoesNotExist() {
        var shop = deployment("shop").container(web().readiness(httpGet("metrics", "/ready")));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].readinessProbe.httpGet.port = \"metrics\":"
                        + " container web has no port of this name; it has [http]. Fix: add .port(\"metrics\","
                        + " <number>) to the container, or probe a port it has. [probe.unknown-port]");
    }

    @Test
    void rejectsEnvReadingAKeyTheApplicationsConfigMapLacks() {
        var settings = configMap("settings").entry("LOG_LEVEL", "info");
        var shop = deployment("shop").container(web()
                .env(EnvVar.fromConfigMap("LEVEL", settings, "log-level")));
        assertThat(problemsOf(application("shop").add(settings, shop))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].env[LEVEL].valueFrom.configMapKeyRef.key ="
                        + " \"log-level\": ConfigMap/settings of this application has no such key; it has"
                        + " [LOG_LEVEL]. Fix: add .entry(\"log-level\", ...) to the ConfigMap, or read a key it has."
                        + " [env.unknown-configmap-key]");
    }

    @Test
    void acceptsEnvFromAConfigMapOutsideTheApplication() {
        var shop = deployment("shop").container(web().env(EnvVar.fromConfigMap("LEVEL", "platform", "level")));
        var built = app(shop).build();
        assertThat(built.toYaml()).contains("name: platform");
        assertThat(built.report().warnings()).isEmpty();
    }

    @Test
    void rejectsWorkloadWithoutContainers() {
        assertThat(problemsOf(app(deployment("shop")))).containsExactly(
                "error Deployment/shop spec.template.spec.containers = \"<none>\": a workload needs at least one"
                        + " container. Fix: add one with .container(container(\"app\").image(\"...\"))."
                        + " [workload.no-containers]");
    }

    @Test
    void rejectsContainerWithoutImage() {
        assertThat(problemsOf(app(deployment("shop").container(container("web"))))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].image = \"<none>\": the container has no"
                        + " image. Fix: set .image(\"registry/name:tag\"). [container.image]");
    }

    @Test
    void rejectsDuplicateContainerAndPortNames() {
        var shop = deployment("shop").container(web()).container(web());
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].name = \"web\": two containers of the pod"
                        + " share this name. Fix: rename one of them. [container.duplicate-name]",
                "error Deployment/shop spec.template.spec.containers[web].ports[http].name = \"http\": two ports of"
                        + " the pod share this name. Fix: rename one of them. [port.duplicate-name]");
    }

    @Test
    void rejectsInvalidEnvName() {
        var shop = deployment("shop").container(web().env("1LEVEL", "x"));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].env[1LEVEL].name = \"1LEVEL\": is not a"
                        + " valid environment variable name: letters, digits, '-', '_' and '.', not starting with a"
                        + " digit. Fix: use a name such as \"LOG_LEVEL\". [env.name]");
    }

    @Test
    void rejectsMountOfUnknownVolumeAndRelativePath() {
        var shop = deployment("shop").volume(Volume.emptyDir("tmp")).container(web().mount("cache", "cache"));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].volumeMounts[cache].name = \"cache\": the"
                        + " pod has no volume of this name; it has [tmp]. Fix: add .volume(...) with this name to"
                        + " Deployment/shop, or mount one it has. [volume.unknown]",
                "error Deployment/shop spec.template.spec.containers[web].volumeMounts[cache].mountPath = \"cache\":"
                        + " a mount path must be absolute. Fix: start it with '/', e.g. \"/data\". [volume.mount-path]");
    }

    @Test
    void rejectsSecurityOptOutWithoutReason() {
        var shop = deployment("shop").container(web()).withoutSecurityDefault(SecurityDefault.RUN_AS_NON_ROOT, " ");
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop metadata.annotations.manifesto.io/opt-out-run-as-non-root = \"\": switching"
                        + " off the security default RUN_AS_NON_ROOT needs a written reason. Fix: say why, e.g."
                        + " .withoutSecurityDefault(RUN_AS_NON_ROOT, \"the image must run as root\")."
                        + " [security.opt-out-reason]");
    }

    @Test
    void rejectsPrivilegedContainerWhileEscalationIsForbidden() {
        var shop = deployment("shop").container(web().security(ContainerSecurity.NONE.privileged()));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].securityContext.privileged = \"true\": a"
                        + " privileged container cannot forbid privilege escalation, and the API server rejects"
                        + " both. Fix: drop .privileged(), or switch off NO_PRIVILEGE_ESCALATION with a reason."
                        + " [security.privileged-escalation]");
    }

    @Test
    void rejectsRootUserWhileRunAsNonRootIsOn() {
        var shop = deployment("shop").container(web()).podSecurity(PodSecurity.NONE.runAsUser(0));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.securityContext.runAsUser = \"0\": user 0 is root, and the"
                        + " security default runAsNonRoot makes the kubelet refuse to start it. Fix: run as another"
                        + " user, or switch off RUN_AS_NON_ROOT with a reason. [security.root-user]");
    }

    @Test
    void rejectsNegativeReplicasAndAStuckRollout() {
        var shop = deployment("shop").container(web()).replicas(-1).strategy(rollingUpdate(count(0), count(0)));
        // the DSL's rules first, then the rules over the rendered objects
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.strategy.rollingUpdate.maxSurge = \"0\": maxSurge and maxUnavailable are"
                        + " both 0, so a rollout can never progress. Fix: let one of them be above 0, e.g. maxSurge 1."
                        + " [deployment.strategy]",
                "error Deployment/shop spec.replicas = \"-1\": a replica count cannot be negative. Fix: use 0 or"
                        + " more. [workload.replicas]");
    }

    @Test
    void rejectsServiceNameThatIsNotADns1035Label() {
        var shop = deployment("2shop").container(web());
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Service/2shop metadata.name = \"2shop\": must be a DNS-1035 label: at most 63 characters of"
                        + " lower-case letters, digits and '-', starting with a letter and ending with a letter or"
                        + " digit. Fix: use a name that starts with a letter, such as \"x-2shop\". [name.dns1035-label]");
    }

    @Test
    void rejectsClaimWithoutValidStorage() {
        var db = statefulSet("db").container(container("db").image("postgres:16.4").mount("data", "/data"))
                .volumeClaim(volumeClaim("data", "10GB"));
        assertThat(problemsOf(app(db))).containsExactly(
                "error StatefulSet/db spec.volumeClaimTemplates[data].spec.resources.requests.storage = \"10GB\": a"
                        + " claim needs a storage size: a positive Kubernetes quantity. Fix: write it like \"10Gi\"."
                        + " [volume-claim.storage]");
    }

    @Test
    void rejectsAClaimStorageClassThatIsNotADns1123SubdomainButKeepsTheEmptyOne() {
        var db = statefulSet("db").container(container("db").image("postgres:16.4").mount("data", "/data"));
        assertThat(problemsOf(app(db.volumeClaim(volumeClaim("data", "10Gi").storageClass("Managed_CSI")))))
                .containsExactly("error StatefulSet/db spec.volumeClaimTemplates[data].spec.storageClassName ="
                        + " \"Managed_CSI\": must be a DNS-1123 subdomain: at most 253 characters of lower-case"
                        + " letters, digits, '-' and '.', starting and ending with a letter or digit. Fix: use a name"
                        + " such as \"managed-csi\". [name.dns1123-subdomain]");
        assertThat(app(db.volumeClaim(volumeClaim("data", "10Gi").storageClass(""))).build().toYaml())
                .contains("      storageClassName: \"\"\n");
    }

    @Test
    void warnsAboutUnpinnedImagesAndLetsTheWarningBeSuppressedWithAReason() {
        var shop = deployment("shop").container(container("web").image("nginx"));

        var report = app(shop).build().report();
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                "warning Deployment/shop spec.template.spec.containers[web].image = \"nginx\": the image is not"
                        + " pinned to a version, so each pod may run different code and the version label is"
                        + " missing. Fix: use a version tag or a digest, e.g. \"nginx:1.0.0\". [container.image-latest]");

        var suppressed = app(shop).suppress("container.image-latest", "a throwaway demo").build().report();
        assertThat(suppressed.warnings()).isEmpty();
        assertThat(suppressed.toString()).endsWith("[container.image-latest] Reason: a throwaway demo\n");
    }

    @Test
    void reportsEveryProblemOfEveryResourceAtOnce() {
        var shop = deployment("Shop").container(web().requests(cpu("2")).limits(cpu("1"), memory("1g")));
        var db = statefulSet("db").container(container("db"));

        assertThat(problemsOf(application("shop").add(shop, db))).extracting(line -> line.replaceAll(".*\\[", "["))
                // the DSL's rules first, then the rules over the rendered objects, one rule set after the other
                .containsExactly("[name.dns1123-subdomain]", "[name.dns1035-label]", "[container.image]",
                        "[quantity.format]", "[resources.request-above-limit]");
    }

    @Test
    void acceptsASurgeAboveAHundredPercentButNotANegativeOne() {
        var surge = app(deployment("shop").container(web()).strategy(rollingUpdate(percent(200), count(0)))).build();
        assertThat(surge.toYaml()).contains("maxSurge: 200%");
        assertThat(surge.report().warnings()).isEmpty();
        assertThat(problemsOf(app(deployment("shop").container(web()).strategy(rollingUpdate(count(-1), count(1))))))
                .containsExactly("error Deployment/shop spec.strategy.rollingUpdate.maxSurge = \"-1\": cannot be"
                        + " negative. Fix: use a count or a percentage of 0 or more (a surge may exceed 100%)."
                        + " [deployment.strategy]");
    }

    @Test
    void rejectsTwoMountsAtOnePath() {
        var shop = deployment("shop").volume(Volume.emptyDir("a")).volume(Volume.emptyDir("b"))
                .container(web().mount("a", "/data").mount("b", "/data"));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].volumeMounts[b].mountPath = \"/data\":"
                        + " another mount of this container uses the same path, and the API server rejects that."
                        + " Fix: mount each volume at its own path. [volume.duplicate-mount-path]");
    }

    @Test
    void rejectsReferencesKubernetesCannotResolve() {
        var shop = deployment("shop").volume(Volume.secret("certs", "TLS_Secret")).container(web()
                .env(EnvVar.fromSecret("PASSWORD", "db", "pass word"))
                .env(EnvVar.fromField("NODE", "spec.node")));
        // the rules over the rendered objects, one rule set after the other: env, then volumes
        assertThat(problemsOf(app(shop))).extracting(line -> line.replaceAll(".*\\[", "[")).containsExactly(
                "[data.key]", "[env.field-path]", "[name.dns1123-subdomain]");
        assertThat(problemsOf(app(shop)).get(1)).isEqualTo("error Deployment/shop"
                + " spec.template.spec.containers[web].env[NODE].valueFrom.fieldRef.fieldPath = \"spec.node\": is"
                + " not a pod field an environment variable can read. Fix: use one of metadata.name,"
                + " metadata.namespace, metadata.uid, metadata.labels['<key>'], metadata.annotations['<key>'],"
                + " spec.nodeName, spec.serviceAccountName, status.hostIP, status.hostIPs, status.podIP,"
                + " status.podIPs."
                + " [env.field-path]");
    }

    @Test
    void acceptsLabelAndAnnotationFieldsOfThePod() {
        var shop = deployment("shop").container(web()
                .env(EnvVar.fromField("TEAM", "metadata.labels['team']"))
                .env(EnvVar.fromField("POD", "metadata.name")));
        var built = app(shop).build();
        assertThat(built.toYaml()).contains("metadata.labels['team']");
        assertThat(built.report().warnings()).isEmpty();
    }

    @Test
    void rejectsATypeForTheHeadlessServiceOfAStatefulSet() {
        var db = statefulSet("db").container(container("db").image("postgres:16.4").port("postgres", 5432))
                .service(ServiceType.LOAD_BALANCER);
        assertThat(problemsOf(app(db))).containsExactly(
                "error Service/db spec.type = \"LoadBalancer\": the Service of StatefulSet/db is its headless"
                        + " governing Service (clusterIP: None), which has no type and no cluster IP, so"
                        + " .service(LOAD_BALANCER) cannot take effect. Fix: remove .service(LOAD_BALANCER); for"
                        + " clients, add service(\"db-client\", db).type(LOAD_BALANCER) beside it."
                        + " [service.headless-type]");
    }

    @Test
    void rejectsAStatefulSetWithoutItsGoverningService() {
        var db = statefulSet("db").container(container("db").image("postgres:16.4").port("postgres", 5432))
                .withoutService();
        assertThat(problemsOf(app(db))).containsExactly(
                "error StatefulSet/db spec.serviceName = \"db\": a StatefulSet needs its governing headless Service"
                        + " for the pods' DNS names. Fix: remove .withoutService(). [statefulset.service-required]");
    }

    @Test
    void rejectsServiceSettingsOnAWorkloadWithoutPorts() {
        var worker = deployment("worker").container(container("worker").image("worker:1.0.0"))
                .service(ServiceType.LOAD_BALANCER);
        assertThat(problemsOf(app(worker))).containsExactly(
                "error Service/worker spec.ports = \"<none>\": no container of Deployment/worker has a port. Fix: add"
                        + " .port(\"http\", 8080) to a container, or remove the service settings. [service.no-ports]");
    }

    @Test
    void rejectsAClaimTemplateNamedLikeAVolume() {
        var db = statefulSet("db").container(container("db").image("postgres:16.4").port("postgres", 5432)
                        .mount("data", "/data"))
                .volume(Volume.emptyDir("data")).volumeClaim(volumeClaim("data", "1Gi"));
        assertThat(problemsOf(app(db))).containsExactly(
                "error StatefulSet/db spec.volumeClaimTemplates[data].metadata.name = \"data\": a volume or another"
                        + " claim template of the pod has this name. Fix: rename one of them. [volume.duplicate-name]");
    }

    @Test
    void rejectsProbeTimingsBelowTheirMinimum() {
        var shop = deployment("shop").container(web().liveness(httpGet("http", "/healthz").periodSeconds(0)
                .initialDelaySeconds(-1)));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].livenessProbe.initialDelaySeconds = \"-1\":"
                        + " must be at least 0. Fix: use 0 or more, or leave it to the Kubernetes default."
                        + " [probe.timing]",
                "error Deployment/shop spec.template.spec.containers[web].livenessProbe.periodSeconds = \"0\": must"
                        + " be at least 1. Fix: use 1 or more, or leave it to the Kubernetes default. [probe.timing]");
    }

    @Test
    void rejectsTheSameServicePortTwice() {
        var shop = deployment("shop").container(web()).servicePort("http", 80).servicePort("http", 80);
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Service/shop spec.ports[http] = \"http:80/TCP\": another service port has the same name,"
                        + " or the same number and protocol, and the API server rejects that. Fix: expose each"
                        + " container port once, on its own number. [service.duplicate-port]");
    }

    @Test
    void reportsInitContainerSecurityUnderInitContainers() {
        var shop = deployment("shop").container(web())
                .initContainer(container("setup").image("busybox:1.36").security(ContainerSecurity.NONE.privileged()
                        .addCapability("net_admin")));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.initContainers[setup].securityContext.capabilities.add ="
                        + " \"net_admin\": is not a Linux capability name. Fix: write it in capitals, e.g."
                        + " \"NET_BIND_SERVICE\". [security.capability]",
                "error Deployment/shop spec.template.spec.initContainers[setup].securityContext.privileged ="
                        + " \"true\": a privileged container cannot forbid privilege escalation, and the API server"
                        + " rejects both. Fix: drop .privileged(), or switch off NO_PRIVILEGE_ESCALATION with a"
                        + " reason. [security.privileged-escalation]");
    }

    @Test
    void rejectsAVersionThatIsNotALabelValueAndAnImageNoRuntimeCanPull() {
        var shop = deployment("shop").version("1.0 beta").container(container("web").image("Reg.io/Web:1 .0"));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop metadata.labels.app.kubernetes.io/version = \"1.0 beta\": is not a valid label"
                        + " value: at most 63 characters of letters, digits, '-', '_' and '.', starting and ending"
                        + " with a letter or digit. Fix: shorten it or replace the other characters, e.g."
                        + " \"1.0-beta\". [label.value]",
                "error Deployment/shop spec.template.spec.containers[web].image = \"Reg.io/Web:1 .0\": is not an"
                        + " image reference a container runtime can pull: [registry/]lower-case path[:tag][@digest],"
                        + " without spaces. Fix: write it like \"myregistry.azurecr.io/shop:1.4.2\"."
                        + " [container.image-reference]");
    }

    @Test
    void acceptsTheImageReferencesRuntimesPull() {
        for (String image : new String[] {"nginx:1.27", "docker.io/library/nginx:1.27", "localhost:5000/a/b:v1",
                "myregistry.azurecr.io/team/web-app_2:1.4.2",
                "mcr.microsoft.com/dotnet/aspnet@sha256:" + "a".repeat(64)}) {
            var shop = deployment("shop").container(container("web").image(image));
            assertThat(app(shop).build().report().warnings()).as(image).isEmpty();
        }
    }

    @Test
    void rejectsPodReferencesAndAGracePeriodKubernetesRejects() {
        var shop = deployment("shop").container(web()).serviceAccount("Bad SA").imagePullSecret("acr_secret")
                .terminationGracePeriodSeconds(-1);
        assertThat(problemsOf(app(shop))).extracting(line -> line.replaceAll(".* (spec\\.[^ ]*) = .*\\[", "$1 ["))
                .containsExactly(
                        "spec.template.spec.serviceAccountName [name.dns1123-subdomain]",
                        "spec.template.spec.imagePullSecrets[acr_secret].name [name.dns1123-subdomain]",
                        "spec.template.spec.terminationGracePeriodSeconds [pod.grace-period]");
    }

    @Test
    void rejectsRecommendedLabelsTypedByHand() {
        var shop = deployment("shop").container(web()).label("app.kubernetes.io/name", "other");
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop metadata.labels = \"app.kubernetes.io/name\": Manifesto derives this label"
                        + " from the application and the workload, and would replace it. Fix: remove it; set the"
                        + " version with .version(...), the instance with application(..).instance(...)."
                        + " [label.reserved]");
    }

    @Test
    void warnsAboutAnEnvironmentVariableSetTwiceAndAHostPathUnderTheSecurityDefaults() {
        var shop = deployment("shop").volume(Volume.hostPath("logs", "/var/log"))
                .container(web().env("A", "1").env("A", "2").mountReadOnly("logs", "/logs"));
        assertThat(app(shop).build().report().warnings()).extracting(Object::toString).containsExactly(
                // the rules over the rendered objects, one rule set after the other: env, then the pod
                "warning Deployment/shop spec.template.spec.containers[web].env[A] = \"A\": the container sets this"
                        + " variable more than once, and only the last entry counts. Fix: keep one entry for A."
                        + " [env.duplicate-name]",
                "warning Deployment/shop spec.template.spec.volumes[logs].hostPath.path = \"/var/log\": a hostPath"
                        + " volume breaks the Pod Security Standards (baseline and restricted) that the security"
                        + " defaults otherwise meet, so namespaces enforcing them reject the pods. Fix: use another"
                        + " volume type, or suppress this warning with the reason the node's files are needed."
                        + " [security.host-path]");
    }

    @Test
    void reportsNullsHandedToValueFactories() {
        var shop = deployment("shop").container(web()
                .env(EnvVar.fromConfigMap("X", (io.manifesto.config.ConfigMap) null, "k"))
                .security(ContainerSecurity.NONE.addCapability(null)));
        // the null ConfigMap is input.null naming fromConfigMap(...), once: not also an invalid empty name
        assertThat(problemsOf(app(shop))).extracting(line -> line.replaceAll(".*\\[", "["))
                .containsExactly("[input.null]", "[security.capability]");
    }

    @Test
    void rejectsProbesOnAnInitContainer() {
        var shop = deployment("shop").container(web())
                .initContainer(container("init").image("busybox:1.36").readiness(exec("true")));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.initContainers[init].readinessProbe = \"exec\": an init"
                        + " container runs to completion before the other containers start, so the API server"
                        + " rejects probes on it. Fix: move the probe to a container added with .container(...), or"
                        + " remove it. [probe.init-container]");
    }

    @Test
    void rejectsAnEnvVarReadingEveryLabelOfThePod() {
        var shop = deployment("shop").container(web().env(EnvVar.fromField("L", "metadata.labels")));
        assertThat(problemsOf(app(shop))).containsExactly("error Deployment/shop"
                + " spec.template.spec.containers[web].env[L].valueFrom.fieldRef.fieldPath = \"metadata.labels\": is"
                + " not a pod field an environment variable can read. Fix: use one of metadata.name,"
                + " metadata.namespace, metadata.uid, metadata.labels['<key>'], metadata.annotations['<key>'],"
                + " spec.nodeName, spec.serviceAccountName, status.hostIP, status.hostIPs, status.podIP,"
                + " status.podIPs."
                + " [env.field-path]");
    }

    @Test
    void rejectsANameTooLongForTheNameLabel() {
        var name = "a".repeat(70);
        assertThat(problemsOf(app(deployment(name).container(container("web").image("web:1.0.0")))))
                .containsExactly("error Deployment/" + name + " metadata.labels.app.kubernetes.io/name = \"" + name
                        + "\": the name is also the label app.kubernetes.io/name, and a label value has at most 63"
                        + " characters. Fix: shorten the name to at most 63 characters. [label.value]");
    }

    @Test
    void rejectsAStatefulSetNameTooLongForTheRevisionLabelOfItsPods() {
        var name = "d".repeat(53);
        var db = statefulSet(name).container(container("db").image("postgres:16.4").port("postgres", 5432));
        assertThat(problemsOf(app(db))).containsExactly("error StatefulSet/" + name + " metadata.name = \"" + name
                + "\": the controller labels each pod controller-revision-hash: <name>-<hash of up to 10"
                + " characters>, and a label value has at most 63 characters. Fix: shorten the name to at most 52"
                + " characters. [statefulset.name-length]");
        assertThat(app(statefulSet("d".repeat(52)).container(container("db").image("postgres:16.4"))).build()
                .toYaml()).contains("name: " + "d".repeat(52));
    }

    @Test
    void reportsAStatefulSetNameTooLongForTheNameLabelOnlyByItsOwnStricterLimit() {
        var name = "d".repeat(70);
        var db = statefulSet(name).container(container("db").image("postgres:16.4").port("postgres", 5432));
        assertThat(problemsOf(app(db))).containsExactly("error StatefulSet/" + name + " metadata.name = \"" + name
                + "\": the controller labels each pod controller-revision-hash: <name>-<hash of up to 10"
                + " characters>, and a label value has at most 63 characters. Fix: shorten the name to at most 52"
                + " characters. [statefulset.name-length]",
                "error Service/" + name + " metadata.name = \"" + name + "\": must be a DNS-1035 label: at most 63"
                + " characters of lower-case letters, digits and '-', starting with a letter and ending with a letter"
                + " or digit. Fix: use a name that starts with a letter, such as \"" + "d".repeat(63) + "\"."
                + " [name.dns1035-label]");
    }

    @Test
    void rejectsUserAndGroupIdsOutsideTheRangeKubernetesAccepts() {
        var shop = deployment("shop").podSecurity(PodSecurity.NONE.runAsUser(-1).fsGroup(5_000_000_000L))
                .container(web().security(ContainerSecurity.NONE.runAsGroup(-7)));
        assertThat(problemsOf(app(shop))).containsExactly(
                // the rules over the rendered objects, one rule set after the other: containers, then the pod
                "error Deployment/shop spec.template.spec.containers[web].securityContext.runAsGroup = \"-7\": is"
                        + " not a user or group id Kubernetes accepts: ids go from 0 to 2147483647. Fix: use an id"
                        + " in that range, e.g. 1000. [security.id-range]",
                "error Deployment/shop spec.template.spec.securityContext.runAsUser = \"-1\": is not a user or group"
                        + " id Kubernetes accepts: ids go from 0 to 2147483647. Fix: use an id in that range, e.g."
                        + " 1000. [security.id-range]",
                "error Deployment/shop spec.template.spec.securityContext.fsGroup = \"5000000000\": is not a user or"
                        + " group id Kubernetes accepts: ids go from 0 to 2147483647. Fix: use an id in that range,"
                        + " e.g. 1000. [security.id-range]");
    }

    @Test
    void rejectsSysAdminWhilePrivilegeEscalationIsForbidden() {
        var shop = deployment("shop").container(web().security(ContainerSecurity.NONE.addCapability("CAP_SYS_ADMIN")));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop spec.template.spec.containers[web].securityContext.capabilities.add ="
                        + " \"CAP_SYS_ADMIN\": CAP_SYS_ADMIN allows privilege escalation, and the API server rejects"
                        + " it together with the security default allowPrivilegeEscalation: false. Fix: drop the"
                        + " capability, or switch off NO_PRIVILEGE_ESCALATION with a reason."
                        + " [security.sys-admin-escalation]");
    }

    @Test
    void warnsAboutACapabilityTheRestrictedStandardForbidsButNotAboutNetBindService() {
        var shop = deployment("shop").container(web().security(ContainerSecurity.NONE
                .addCapability("NET_BIND_SERVICE").addCapability("NET_ADMIN")));
        assertThat(app(shop).build().report().warnings()).extracting(Object::toString).containsExactly(
                "warning Deployment/shop spec.template.spec.containers[web].securityContext.capabilities.add ="
                        + " \"NET_ADMIN\": a capability other than NET_BIND_SERVICE breaks the Pod Security Standard"
                        + " \"restricted\" that the security defaults otherwise meet, so namespaces enforcing it"
                        + " reject the pods. Fix: drop the capability, or suppress this warning with the reason it is"
                        + " needed. [security.capability-restricted]");
        assertThat(app(shop.withoutSecurityDefault(SecurityDefault.DROP_ALL_CAPABILITIES, "needs NET_ADMIN"))
                .build().report().warnings()).isEmpty();
    }

    @Test
    void rejectsAnnotationsAbove256KiBOnTheWorkloadOrItsPods() {
        var shop = deployment("shop").container(web()).podAnnotation("big", "a".repeat(300 * 1024))
                .annotation("note", "b".repeat(200 * 1024))
                .withoutSecurityDefault(SecurityDefault.RUN_AS_NON_ROOT, "c".repeat(60 * 1024));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop metadata.annotations = \"266280 bytes\": the keys and values of the"
                        + " annotations take more than the 262144 bytes (256 KiB) Kubernetes allows on one object."
                        + " Fix: keep large data in a ConfigMap or Secret, and annotate only a reference to it."
                        + " [annotations.size]",
                "error Deployment/shop spec.template.metadata.annotations = \"307203 bytes\": the keys and values of"
                        + " the annotations take more than the 262144 bytes (256 KiB) Kubernetes allows on one"
                        + " object. Fix: keep large data in a ConfigMap or Secret, and annotate only a reference to"
                        + " it. [annotations.size]");
    }

    @Test
    void reportsABadLabelKeyPortNameAndPortNumberAtTheirFieldPaths() {
        var shop = deployment("shop").label("team name", "web")
                .container(container("web").image("shop:1.0.0").port("HTTP", 70000));
        assertThat(problemsOf(app(shop))).containsExactly(
                "error Deployment/shop metadata.labels = \"team name\": is not a valid label key: an optional"
                        + " DNS-1123 subdomain prefix and '/', then at most 63 characters of letters, digits, '-',"
                        + " '_' and '.', starting and ending with a letter or digit. Fix: use a key such as"
                        + " \"example.com/tier\" or \"tier\". [label.key]",
                "error Deployment/shop spec.template.spec.containers[web].ports[HTTP].name = \"HTTP\": is not a valid"
                        + " port name: at most 15 characters of lower-case letters, digits and '-', with at least"
                        + " one letter, no '--' and no '-' at either end. Fix: use a name such as \"http\", \"grpc\""
                        + " or \"metrics\". [port.name]",
                "error Deployment/shop spec.template.spec.containers[web].ports[HTTP].containerPort = \"70000\": is"
                        + " not a port number: ports go from 1 to 65535. Fix: use a port between 1 and 65535, e.g."
                        + " 8080. [port.number]");
    }

    @Test
    void rejectsTwoWorkloadsOfDifferentKindsWithOneNameSinceTheirSelectorsWouldMatch() {
        var web = deployment("web").container(container("web").image("web:1.0.0"));
        var cache = statefulSet("web").container(container("cache").image("redis:7.4"));
        assertThat(problemsOf(application("shop").add(web, cache))).containsExactly(
                "error StatefulSet/web metadata.name = \"web\": Deployment/web has the same name, so the pods of"
                        + " both carry the selector labels app.kubernetes.io/name: web and the same instance, and"
                        + " the Service or disruption budget of either one selects the pods of both. Fix: rename one"
                        + " of them. [workload.duplicate-name]");
    }
}
