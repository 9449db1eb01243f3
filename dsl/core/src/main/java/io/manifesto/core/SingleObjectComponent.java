package io.manifesto.core;

import io.manifesto.objects.ResourceId;
import java.util.List;

/** A component that renders exactly one Kubernetes object, whose kind and name are its {@link #id()}. */
public interface SingleObjectComponent extends Component {

    /** The object's {@code Kind/name}. */
    ResourceId id();

    /** The one object this component renders. */
    @Override
    default List<ResourceId> ids() {
        return List.of(id());
    }
}
