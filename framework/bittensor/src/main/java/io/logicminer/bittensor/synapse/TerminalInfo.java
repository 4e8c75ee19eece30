package io.logicminer.bittensor.synapse;

/**
 * One end of a synapse call as the Bittensor SDK's {@code TerminalInfo}: the dendrite (caller) or the axon (server).
 * Every field is optional on the wire; {@code null} means absent. Field order is the SDK's, which is also the order of
 * the {@code bt_header_axon_*} / {@code bt_header_dendrite_*} headers and of the JSON object.
 *
 * @param statusCode    HTTP status of the call as seen by this terminal
 * @param statusMessage text that goes with {@code statusCode}
 * @param processTime   seconds this terminal spent on the call
 * @param ip            terminal IP address
 * @param port          terminal port
 * @param version       Bittensor version as an integer ({@code major*1_000_000 + minor*1_000 + patch})
 * @param nonce         nanoseconds since the epoch when the call was made (replay protection)
 * @param uuid          identifier of the terminal instance (one per dendrite/axon object)
 * @param hotkey        SS58 address of the terminal's hotkey
 * @param signature     {@code 0x}-hex sr25519 signature
 */
public record TerminalInfo(Integer statusCode, String statusMessage, Double processTime, String ip, Integer port,
                           Long version, Long nonce, String uuid, String hotkey, String signature) {

    /** All fields absent. */
    public static final TerminalInfo EMPTY = new TerminalInfo(null, null, null, null, null, null, null, null, null,
        null);

    /** The wire names of the fields, in the SDK's order. */
    public static final java.util.List<String> FIELD_NAMES = java.util.List.of("status_code", "status_message",
        "process_time", "ip", "port", "version", "nonce", "uuid", "hotkey", "signature");

    public TerminalInfo withStatus(int code, String message) {
        return new TerminalInfo(code, message, processTime, ip, port, version, nonce, uuid, hotkey, signature);
    }

    public TerminalInfo withProcessTime(double seconds) {
        return new TerminalInfo(statusCode, statusMessage, seconds, ip, port, version, nonce, uuid, hotkey, signature);
    }

    public TerminalInfo withAddress(String newIp, Integer newPort) {
        return new TerminalInfo(statusCode, statusMessage, processTime, newIp, newPort, version, nonce, uuid, hotkey,
            signature);
    }

    public TerminalInfo withIdentity(Long newVersion, Long newNonce, String newUuid, String newHotkey) {
        return new TerminalInfo(statusCode, statusMessage, processTime, ip, port, newVersion, newNonce, newUuid,
            newHotkey, signature);
    }

    public TerminalInfo withSignature(String newSignature) {
        return new TerminalInfo(statusCode, statusMessage, processTime, ip, port, version, nonce, uuid, hotkey,
            newSignature);
    }

    /** The value of one field by wire name, or null. */
    public Object get(String field) {
        return switch (field) {
            case "status_code" -> statusCode;
            case "status_message" -> statusMessage;
            case "process_time" -> processTime;
            case "ip" -> ip;
            case "port" -> port;
            case "version" -> version;
            case "nonce" -> nonce;
            case "uuid" -> uuid;
            case "hotkey" -> hotkey;
            case "signature" -> signature;
            default -> throw new IllegalArgumentException("TerminalInfo has no field '" + field + "'");
        };
    }

    /** Fields present in {@code override} replace those here (the SDK's header merge on the dendrite side). */
    public TerminalInfo mergedWith(TerminalInfo override) {
        return new TerminalInfo(
            override.statusCode != null ? override.statusCode : statusCode,
            override.statusMessage != null ? override.statusMessage : statusMessage,
            override.processTime != null ? override.processTime : processTime,
            override.ip != null ? override.ip : ip,
            override.port != null ? override.port : port,
            override.version != null ? override.version : version,
            override.nonce != null ? override.nonce : nonce,
            override.uuid != null ? override.uuid : uuid,
            override.hotkey != null ? override.hotkey : hotkey,
            override.signature != null ? override.signature : signature);
    }
}
