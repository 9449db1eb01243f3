package io.manifesto.examples.annotated;

import com.sun.net.httpserver.HttpServer;
import io.dekorate.docker.annotation.DockerBuild;
import io.dekorate.kubernetes.annotation.Ingress;
import io.dekorate.kubernetes.annotation.KubernetesApplication;
import io.dekorate.kubernetes.annotation.Label;
import io.dekorate.kubernetes.annotation.Port;
import io.dekorate.kubernetes.annotation.ResourceRequirements;
import io.manifesto.annotations.DisruptionBudget;
import io.manifesto.annotations.HorizontalAutoscaling;
import io.manifesto.annotations.LetsEncrypt;
import io.manifesto.annotations.SafeToEvict;
import io.manifesto.annotations.ScaleBehavior;
import io.manifesto.annotations.ScalePolicy;
import io.manifesto.annotations.VerticalAutoscaling;
import io.manifesto.annotations.VirtualNodes;
import io.manifesto.annotations.VpaContainerPolicy;
import io.manifesto.annotations.WithoutVcsInfo;
import io.manifesto.resources.ResourceName;
import io.manifesto.scaling.SelectPolicy;
import io.manifesto.scaling.UpdateMode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The talk's web shop described where the code is: dekorate's {@code @KubernetesApplication} writes the Deployment,
 * Service and Ingress; Manifesto's annotations add the HPA (2 to 10 replicas on 70% CPU, fast up, slow down), a VPA
 * on memory only (which an HPA on CPU does not fight), a disruption budget and the eviction hint, a burst onto AKS
 * virtual nodes, and TLS from Let's Encrypt through cert-manager. Compiling this class writes
 * {@code META-INF/dekorate/kubernetes.yml}, the golden file {@code golden-manifests/annotated-app/kubernetes.yml}.
 */
@KubernetesApplication(name = "shop", version = "1.4.2",
        labels = @Label(key = "team", value = "checkout"),
        ports = @Port(name = "http", containerPort = 8080),
        requestResources = @ResourceRequirements(cpu = "100m", memory = "128Mi"),
        limitResources = @ResourceRequirements(cpu = "200m", memory = "256Mi"),
        ingress = @Ingress(host = "shop.contoso.com", expose = true, ingressClassName = "nginx"))
@DockerBuild(registry = "myregistry.azurecr.io", group = "checkout", name = "shop", version = "1.4.2")
@HorizontalAutoscaling(minReplicas = 2, maxReplicas = 10, cpuUtilization = 70,
        scaleUp = @ScaleBehavior(stabilizationWindowSeconds = 0, selectPolicy = SelectPolicy.MAX, policies = {
                @ScalePolicy(type = ScalePolicy.Type.PERCENT, value = 100, periodSeconds = 15),
                @ScalePolicy(type = ScalePolicy.Type.PODS, value = 4, periodSeconds = 15)}),
        scaleDown = @ScaleBehavior(stabilizationWindowSeconds = 300,
                policies = @ScalePolicy(type = ScalePolicy.Type.PERCENT, value = 10, periodSeconds = 60)))
@VerticalAutoscaling(updateMode = UpdateMode.INITIAL, containerPolicies = @VpaContainerPolicy(
        containerName = "shop", controlledResources = ResourceName.MEMORY, minMemory = "128Mi", maxMemory = "1Gi"))
@DisruptionBudget(minAvailable = "1")
@SafeToEvict
@VirtualNodes(VirtualNodes.Mode.BURST)
@LetsEncrypt(email = "platform-team@contoso.com")
@WithoutVcsInfo
public final class ShopApplication {

    private ShopApplication() {
    }

    /** Serves {@code ok} on port 8080, the container port the manifests declare. */
    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
        server.createContext("/", exchange -> {
            byte[] body = "ok\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }
}
