package io.logicminer.subtensor.metadata;

/** A generic parameter of a type: its name and, when not erased, the type id it was instantiated with. */
public record TypeParameter(String name, Integer type) {
}
