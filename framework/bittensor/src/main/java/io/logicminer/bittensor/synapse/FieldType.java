package io.logicminer.bittensor.synapse;

/**
 * The pydantic type of a synapse field, which decides what JSON a body may carry for it (pydantic's lax mode: an
 * {@code int} field also takes {@code 64.0} and {@code "64"}, a {@code str} field takes only strings).
 */
public enum FieldType {
    /** {@code str}: a JSON string, not null. */
    STRING,
    /** {@code int}: an integral number, or a float or numeric string with no fraction. */
    INTEGER,
    /** {@code float}: any number or numeric string. */
    FLOAT,
    /** {@code dict}: a JSON object. */
    OBJECT,
    /** {@code Union[str, object]} or {@code Any}: any JSON value including null. */
    ANY
}
