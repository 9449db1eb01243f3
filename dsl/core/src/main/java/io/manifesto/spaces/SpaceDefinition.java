package io.manifesto.spaces;

import io.manifesto.environment.Definition;

import java.util.List;

/**
 * A {@link Definition} that also declares its developers' spaces, children of its environments: what a build
 * integration can find to render every space next to the environments ({@code <parent>-<space>/}), through
 * {@link Spaces#of(SpaceDefinition)}.
 */
public interface SpaceDefinition extends Definition {

    /** The spaces, in order; each {@link Space#parent(io.manifesto.environment.Environment)} one of {@link #environments()}. */
    List<Space> spaces();
}
