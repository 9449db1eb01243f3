package io.manifesto.examples;

import io.manifesto.config.ConfigMap;
import io.manifesto.core.Application;
import io.manifesto.scheduling.Placement;
import io.manifesto.secrets.Secret;
import io.manifesto.security.PodSecurity;
import io.manifesto.workload.Deployment;
import io.manifesto.workload.EnvVar;
import io.manifesto.workload.Probe;
import io.manifesto.workload.Service;
import io.manifesto.workload.ServiceType;
import io.manifesto.workload.StatefulSet;
import io.manifesto.workload.Volume;
import io.manifesto.workload.VolumeMount;
import io.manifesto.workload.Workload;

import static io.manifesto.Manifesto.*;

/**
 * A port of Microsoft's AKS Store demo quickstart, {@code aks-store-quickstart.yaml} of
 * <a href="https://github.com/Azure-Samples/aks-store-demo">Azure-Samples/aks-store-demo</a> as of commit
 * {@code 0a925f5} (2024-01-22; MIT licence, Copyright (c) Microsoft Corporation): RabbitMQ as a StatefulSet with
 * its enabled-plugins file from a ConfigMap, an order service that waits for it, a product service and the store
 * front behind a LoadBalancer, all on Linux nodes.
 * Written from the DSL only: no {@code customize(...)}, no raw fabric8 object.
 *
 * <p>What changed from the public file, on purpose:
 * <ul>
 *   <li>The RabbitMQ user name and password are in a declared Secret, {@code rabbitmq-credentials}, that the
 *       containers read ({@code secretKeyRef}); the public file has them in plain text in both containers. Create it
 *       before applying: {@code kubectl create secret generic rabbitmq-credentials --from-literal=username=...
 *       --from-literal=password=...}.</li>
 *   <li>The images are pinned: the store's images by their release tag {@code 2.1.0} and busybox by {@code 1.37.0}
 *       instead of {@code :latest} and no tag, which rule {@code container.image-latest} warns of (a rescheduled pod
 *       may pull other code than the one reviewed; the examples leave no warning). RabbitMQ keeps its tag.</li>
 *   <li>RabbitMQ has a headless governing Service, {@code rabbitmq}, as a StatefulSet needs, and a ClusterIP Service
 *       for its clients, {@code rabbitmq-client}; the public file points {@code serviceName} at a ClusterIP
 *       Service. The host names the services use are the names of these values, not typed a second time.</li>
 *   <li>Every pod keeps the "restricted" security defaults. The images would start as root, which
 *       {@code runAsNonRoot} refuses, so each pod runs as a user: RabbitMQ as its image's {@code rabbitmq} user
 *       (100:101), nginx in the store front as {@code nginx} (101) with its cache and pid directories on emptyDirs,
 *       the Node.js and Rust services as 1000.</li>
 *   <li>The enabled-plugins file is mounted by the ConfigMap key as its {@code subPath}; the public file renames the
 *       key with {@code items}, which the DSL's ConfigMap volume does not offer. The file the container sees is the
 *       same.</li>
 * </ul>
 * The labels are the DSL's ({@code app.kubernetes.io/*}) instead of {@code app: <name>}; {@code AI_SERVICE_URL} still
 * names {@code ai-service}, which the quickstart does not deploy, as the public file does.
 */
public final class AksStore {

    private static final Placement LINUX = placement().nodeSelector("kubernetes.io/os", "linux");

    private AksStore() {
    }

    /** The RabbitMQ credentials, declared: created at deploy time, never written into the manifests. */
    public static Secret credentials() {
        return secret("rabbitmq-credentials", "username", "password");
    }

    /** RabbitMQ's {@code enabled_plugins} file. */
    public static ConfigMap enabledPlugins() {
        return configMap("rabbitmq-enabled-plugins")
                .entry("rabbitmq_enabled_plugins", "[rabbitmq_management,rabbitmq_prometheus,rabbitmq_amqp1_0].\n");
    }

    /** The message queue: one RabbitMQ pod with the management plugin, governed by its headless Service. */
    public static StatefulSet rabbitmq() {
        return statefulSet("rabbitmq")
                .replicas(1)
                .placement(LINUX)
                .podSecurity(PodSecurity.NONE.runAsUser(100).runAsGroup(101).fsGroup(101))
                .volume(Volume.configMap("rabbitmq-enabled-plugins", enabledPlugins().name()))
                .container(container("rabbitmq")
                        .image("mcr.microsoft.com/mirror/docker/library/rabbitmq:3.10-management-alpine")
                        .port("rabbitmq-amqp", 5672)
                        .port("rabbitmq-http", 15672)
                        .env(EnvVar.fromSecret("RABBITMQ_DEFAULT_USER", credentials(), "username"))
                        .env(EnvVar.fromSecret("RABBITMQ_DEFAULT_PASS", credentials(), "password"))
                        .requests(cpu("10m"), memory("128Mi"))
                        .limits(cpu("250m"), memory("256Mi"))
                        .mount(VolumeMount.of("rabbitmq-enabled-plugins", "/etc/rabbitmq/enabled_plugins")
                                .subPath("rabbitmq_enabled_plugins")));
    }

    /** The Service the order service connects to; the governing Service is headless and only names the pods. */
    public static Service rabbitmqClient() {
        return service("rabbitmq-client", rabbitmq()).expose("rabbitmq-amqp").expose("rabbitmq-http");
    }

    /** Takes orders from the store front and puts them on the queue, once RabbitMQ accepts connections. */
    public static Deployment orderService() {
        String queueHost = rabbitmqClient().name();
        int queuePort = rabbitmq().containerPort("rabbitmq-amqp").orElseThrow().number();
        return deployment("order-service")
                .replicas(1)
                .placement(LINUX)
                .podSecurity(PodSecurity.NONE.runAsUser(1000).runAsGroup(1000))
                .initContainer(container("wait-for-rabbitmq")
                        .image("busybox:1.37.0")
                        .command("sh", "-c", "until nc -zv " + queueHost + " " + queuePort + ";"
                                + " do echo waiting for rabbitmq; sleep 2; done;")
                        .requests(cpu("1m"), memory("50Mi"))
                        .limits(cpu("75m"), memory("128Mi")))
                .container(container("order-service")
                        .image("ghcr.io/azure-samples/aks-store-demo/order-service:2.1.0")
                        .port("http", 3000)
                        .env("ORDER_QUEUE_HOSTNAME", queueHost)
                        .env("ORDER_QUEUE_PORT", String.valueOf(queuePort))
                        .env(EnvVar.fromSecret("ORDER_QUEUE_USERNAME", credentials(), "username"))
                        .env(EnvVar.fromSecret("ORDER_QUEUE_PASSWORD", credentials(), "password"))
                        .env("ORDER_QUEUE_NAME", "orders")
                        .env("FASTIFY_ADDRESS", "0.0.0.0")
                        .requests(cpu("1m"), memory("50Mi"))
                        .limits(cpu("75m"), memory("128Mi"))
                        .startup(health().initialDelaySeconds(15).periodSeconds(5).failureThreshold(3))
                        .readiness(health().initialDelaySeconds(3).periodSeconds(5).failureThreshold(3))
                        .liveness(health().initialDelaySeconds(3).periodSeconds(3).failureThreshold(5)));
    }

    /** Serves the product catalogue. */
    public static Deployment productService() {
        return deployment("product-service")
                .replicas(1)
                .placement(LINUX)
                .podSecurity(PodSecurity.NONE.runAsUser(1000).runAsGroup(1000))
                .container(container("product-service")
                        .image("ghcr.io/azure-samples/aks-store-demo/product-service:2.1.0")
                        .port("http", 3002)
                        .env("AI_SERVICE_URL", "http://ai-service:5001/")
                        .requests(cpu("1m"), memory("1Mi"))
                        .limits(cpu("1m"), memory("7Mi"))
                        .readiness(health().initialDelaySeconds(3).periodSeconds(5).failureThreshold(3))
                        .liveness(health().initialDelaySeconds(3).periodSeconds(3).failureThreshold(5)));
    }

    /** The web shop, on port 80 of a public load balancer. */
    public static Deployment storeFront() {
        return deployment("store-front")
                .replicas(1)
                .placement(LINUX)
                .podSecurity(PodSecurity.NONE.runAsUser(101).runAsGroup(101))
                .service(ServiceType.LOAD_BALANCER)
                .servicePort("http", 80)
                .volume(Volume.emptyDir("nginx-cache"))
                .volume(Volume.emptyDir("nginx-run"))
                .container(container("store-front")
                        .image("ghcr.io/azure-samples/aks-store-demo/store-front:2.1.0")
                        .port("http", 8080)
                        .env("VUE_APP_ORDER_SERVICE_URL", url(orderService()))
                        .env("VUE_APP_PRODUCT_SERVICE_URL", url(productService()))
                        .requests(cpu("1m"), memory("200Mi"))
                        .limits(cpu("1000m"), memory("512Mi"))
                        .mount("nginx-cache", "/var/cache/nginx")
                        .mount("nginx-run", "/var/run")
                        .startup(health().initialDelaySeconds(5).periodSeconds(5).failureThreshold(3))
                        .readiness(health().initialDelaySeconds(3).periodSeconds(3).failureThreshold(3))
                        .liveness(health().initialDelaySeconds(3).periodSeconds(3).failureThreshold(5)));
    }

    /** The store: its queue, its services and its front. */
    public static Application define() {
        return application("aks-store")
                .add(credentials(), enabledPlugins(), rabbitmq(), rabbitmqClient())
                .add(orderService(), productService(), storeFront())
                .suppress("volume.sub-path-no-updates", "StatefulSet/rabbitmq", "RabbitMQ reads enabled_plugins"
                        + " only when it starts, so a copy that keeps its first content loses nothing")
                .build();
    }

    /** Every service of the store answers {@code GET /health} on its {@code http} port. */
    private static Probe health() {
        return httpGet("http", "/health");
    }

    /** The address of {@code workload}'s derived Service on its {@code http} port, e.g. {@code http://x:3000/}. */
    private static String url(Workload<?> workload) {
        return "http://" + workload.name() + ":" + workload.containerPort("http").orElseThrow().number() + "/";
    }
}
