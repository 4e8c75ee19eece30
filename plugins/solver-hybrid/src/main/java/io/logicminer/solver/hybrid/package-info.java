/**
 * The {@code hybrid} solver type: an exact engine's answer (another configured solver, e.g. {@code math}) with
 * reasoning written by a chat model the way LogicNet's validator writes its reference, cut at the deadline.
 */
package io.logicminer.solver.hybrid;
