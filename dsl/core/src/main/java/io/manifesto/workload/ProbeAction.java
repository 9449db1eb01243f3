package io.manifesto.workload;

import java.util.List;

/** What a probe does: an HTTP GET, a TCP connection, a gRPC health check, or a command in the container. */
public sealed interface ProbeAction {

    /**
     * {@code httpGet}: a GET of {@code path} on {@code port}, healthy on 200..399.
     *
     * @param port  {@code httpGet.port}
     * @param path  {@code httpGet.path}
     * @param https {@code httpGet.scheme: HTTPS} (the kubelet does not verify the certificate); HTTP, the default,
     *              when {@code false}
     */
    record HttpGet(TargetPort port, String path, boolean https) implements ProbeAction {

        /** A plain HTTP GET of {@code path} on {@code port}. */
        public HttpGet(TargetPort port, String path) {
            this(port, path, false);
        }
    }

    /** {@code tcpSocket}: healthy when a connection to {@code port} opens. */
    record TcpSocket(TargetPort port) implements ProbeAction {
    }

    /**
     * {@code grpc}: a call of the gRPC health service on {@code port}, healthy on {@code SERVING}.
     *
     * @param port    {@code grpc.port}
     * @param service {@code grpc.service}, or {@code ""} to ask about the server as a whole; {@code null} when
     *                {@code null} was passed, which the container reports as {@code input.null}
     */
    record Grpc(int port, String service) implements ProbeAction {
    }

    /** {@code exec.command}: healthy when the command exits 0. */
    record Exec(List<String> command) implements ProbeAction {
        public Exec {
            command = command == null ? List.of()
                    : command.stream().map(word -> word == null ? "" : word).toList();
        }
    }
}
