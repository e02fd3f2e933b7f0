/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.net.InetAddresses;
import io.tunnelmesh.openflow.api.MacAddress;
import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.action.OfAction;
import io.tunnelmesh.openflow.api.codec.OxmKey;
import io.tunnelmesh.openflow.api.ext.nicira.NxFieldRef;
import io.tunnelmesh.openflow.api.match.OfMatch;
import io.tunnelmesh.openflow.api.match.OxmField;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfExperimenterError;
import io.tunnelmesh.openflow.api.message.OfExperimenterErrorCode;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartReply;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.multipart.OfMultipartBody;
import io.tunnelmesh.openflow.api.message.v10.Of10ErrorCode;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsReply;
import io.tunnelmesh.openflow.api.message.v10.Of10StatsRequest;
import io.tunnelmesh.openflow.impl.codec.OfCodecRegistry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Writes an OpenFlow message as one line of JSON, with the names users know from the specification and from Open
 * vSwitch. The message model is walked generically (each record component becomes a key, {@link OfJsonKeys}), so
 * that a new field or codec shows up without changes here; what the records do not carry comes from the registry
 * and the name tables:
 * <pre>
 *   {"version":"1.3","type":"OFPT_FLOW_MOD","xid":7,"cookie":0,...,"command":"OFPFC_ADD",...,
 *    "match":{"in_port":1,"tun_id":5000,"eth_dst":{"value":"02:00:00:00:00:01","mask":"ff:ff:ff:00:00:00"}},
 *    "instructions":[{"type":"OFPIT_APPLY_ACTIONS","actions":[{"type":"OFPAT_OUTPUT","port":10,"max_len":0}]}]}
 * </pre>
 * <ul>
 *   <li>every message starts with {@code version} ({@code "1.0"}, {@code "1.3"}; a HELLO of another version has
 *       its own, {@code "1.5"}), {@code type} (its
 *       {@code OFPT_*} name, or the experimenter's name such as {@code ONFT_BUNDLE_ADD_MESSAGE}) and {@code xid};
 *       experimenter messages add {@code experimenter} and {@code exp_type}, multipart messages
 *       {@code multipart_type} ({@code OFPMP_*}) and OpenFlow 1.0 stats messages {@code stats_type}, their body
 *       being under {@code body};</li>
 *   <li>numbers are unsigned decimal JSON numbers (a 64-bit cookie may exceed 2<sup>63</sup>); MAC addresses,
 *       IPv4 and IPv6 addresses are strings in their usual text form; opaque bytes (packet data, unknown
 *       experimenter bodies) are lowercase hex strings;</li>
 *   <li>enumerations are strings with their specification names ({@code OFPFC_ADD}, {@code OFPR_ACTION}), or
 *       numbers for codes the specification does not define;</li>
 *   <li>a match is an object whose keys are field names ({@link OxmFieldNames}); a field's value is the value
 *       alone, or {@code {"value":..,"mask":..}} when it is masked; set-field actions carry such a one-field object
 *       under {@code field};</li>
 *   <li>actions, instructions and the other lists of shapes are objects whose {@code type} comes first: the
 *       {@code OFPAT_*}, {@code NXAST_*}, {@code OFPIT_*}, ... name, or the wire number of an unknown one.</li>
 * </ul>
 * Immutable once built; one instance may write any number of messages.
 */
public final class OfJsonWriter {
    /** OpenFlow 1.0 (wire version 1) to 1.5 (6). */
    private static final int SPECIFIED_VERSIONS = 6;

    private final JsonFactory factory = JsonFactory.builder().build();
    private final OfRegistryNames names;
    private final ClassValue<List<RecordComponents.Component>> components = new ClassValue<>() {
        @Override
        protected List<RecordComponents.Component> computeValue(final Class<?> type) {
            return RecordComponents.of(type);
        }
    };

    /**
     * A writer naming what the registry codes.
     *
     * @param registry the registry the messages were decoded with
     */
    public OfJsonWriter(final OfCodecRegistry registry) {
        names = new OfRegistryNames(registry);
    }

    /**
     * A message as one line of JSON, without the line end.
     *
     * @param message the message
     * @return the JSON text
     * @throws IllegalStateException if the registry does not encode the message (it did not decode it)
     */
    public String toJson(final OfMessage message) {
        final var out = new StringWriter(256);
        try (JsonGenerator json = factory.createGenerator(out)) {
            writeMessage(message, json);
        } catch (IOException e) {
            // a StringWriter does not fail
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void writeMessage(final OfMessage message, final JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("version", label(message.version()));
        writeName("type", names.messageType(message), json);
        json.writeNumberField("xid", Integer.toUnsignedLong(message.xid()));
        final var experimenter = names.experimenterCodec(message);
        if (experimenter != null) {
            writeExperimenter(experimenter.experimenter(), experimenter.expType(), json);
        }
        switch (message) {
            case OfMultipartRequest request -> writeMultipartType(OfMultipartNames.request(request.body()),
                request.body(), json);
            case OfMultipartReply reply -> writeMultipartType(OfMultipartNames.reply(reply.body()), reply.body(),
                json);
            case Of10StatsRequest request -> writeName("stats_type", OfMultipartNames.v10Request(request.body()),
                json);
            case Of10StatsReply reply -> writeName("stats_type", OfMultipartNames.v10Reply(reply.body()), json);
            case OfExperimenterError error -> json.writeStringField("err_type", "OFPET_EXPERIMENTER");
            default -> {
                // nothing the record does not carry
            }
        }
        writeComponents(message, true, false, json);
        json.writeEndObject();
    }

    private void writeMultipartType(final String type, final OfMultipartBody body, final JsonGenerator json)
            throws IOException {
        json.writeStringField("multipart_type", type);
        final var codec = names.multipartExperimenterCodec(body);
        if (codec != null) {
            writeExperimenter(codec.experimenter(), codec.expType(), json);
        }
    }

    private static void writeExperimenter(final int experimenter, final int expType, final JsonGenerator json)
            throws IOException {
        json.writeNumberField("experimenter", Integer.toUnsignedLong(experimenter));
        json.writeNumberField("exp_type", Integer.toUnsignedLong(expType));
    }

    private void writeComponents(final Object record, final boolean message, final boolean typed,
            final JsonGenerator json) throws IOException {
        for (var component : components.get(record.getClass())) {
            final String name = component.name();
            if (message && ("xid".equals(name) || "version".equals(name)) || typed && "type".equals(name)) {
                continue;
            }
            final Object value = component.get(record);
            if (value == null) {
                // an absent mask or address
                continue;
            }
            switch (value) {
                case OfErrorCode error -> writeError(error.type().name(), error.type().code(), error.isKnown(),
                    error.name(), error.code(), json);
                case Of10ErrorCode error -> writeError(error.type().name(), error.type().code(), error.isKnown(),
                    error.name(), error.code(), json);
                case OfExperimenterErrorCode error -> {
                    // err_type OFPET_EXPERIMENTER is written with the message type
                    json.writeNumberField("experimenter", Integer.toUnsignedLong(error.experimenter()));
                    writeName("exp_code", error.isNamed() ? error.name() : Integer.valueOf(error.code()), json);
                }
                case Integer code when component.values() != null -> writeName(component.key(),
                    component.enumerated(code), json);
                default -> {
                    json.writeFieldName(component.key());
                    writeValue(value, json);
                }
            }
        }
    }

    private static void writeError(final String typeName, final int type, final boolean known, final String name,
            final int code, final JsonGenerator json) throws IOException {
        writeName("err_type", unknown(typeName) ? Integer.valueOf(type) : typeName, json);
        writeName("code", known ? name : Integer.valueOf(code), json);
    }

    private void writeValue(final Object value, final JsonGenerator json) throws IOException {
        switch (value) {
            case Integer number -> json.writeNumber(Integer.toUnsignedLong(number));
            case Long number -> writeUnsigned(number, json);
            case Boolean flag -> json.writeBoolean(flag);
            case String text -> json.writeString(text);
            case OfBytes bytes -> json.writeString(bytes.toHex());
            case MacAddress mac -> json.writeString(mac.toString());
            case InetAddress address -> json.writeString(InetAddresses.toAddrString(address));
            case OfMatch match -> writeMatch(match, json);
            case OxmField field -> {
                json.writeStartObject();
                json.writeFieldName(names.fieldName(field));
                writeFieldValue(field, json);
                json.writeEndObject();
            }
            case NxFieldRef ref -> json.writeString(fieldRef(ref));
            case OxmKey key -> json.writeString(OxmFieldNames.nameOrCodePoint(key));
            case OfMessage message -> writeMessage(message, json);
            case List<?> list -> {
                json.writeStartArray();
                for (var element : list) {
                    writeValue(element, json);
                }
                json.writeEndArray();
            }
            case Record record -> writeRecord(record, json);
            default -> throw new IllegalStateException("no JSON form for " + value.getClass().getName());
        }
    }

    private void writeRecord(final Record record, final JsonGenerator json) throws IOException {
        final var recordComponents = components.get(record.getClass());
        if (RecordComponents.isCode(recordComponents)) {
            // OfFlowModCommand and its kind: the name, or the number of a code without one
            final var name = record.toString();
            writeName(null, unknown(name) ? recordComponents.getFirst().get(record) : name, json);
            return;
        }
        json.writeStartObject();
        final Object type = record instanceof OfAction action ? names.actionType(action) : OfShapeNames.of(record);
        if (type != null) {
            writeName("type", type, json);
        }
        writeComponents(record, false, type != null, json);
        json.writeEndObject();
    }

    /**
     * A match as an object of its fields. A field that is there twice (the codecs decode it, a switch would answer
     * {@code OFPBMC_DUP_FIELD}; or {@code OXM_OF_TUNNEL_ID} next to {@code NXM_NX_TUN_ID}, both {@code tun_id}) is
     * keyed {@code tun_id#2} the second time, so that the object keeps unique keys and every field.
     */
    private void writeMatch(final OfMatch match, final JsonGenerator json) throws IOException {
        json.writeStartObject();
        final var seen = new HashMap<String, Integer>();
        for (var field : match.fields()) {
            final var name = names.fieldName(field);
            final int count = seen.merge(name, 1, Integer::sum);
            json.writeFieldName(count == 1 ? name : name + "#" + count);
            writeFieldValue(field, json);
        }
        json.writeEndObject();
    }

    /**
     * A field's value: alone when it is the field's one component or an unmasked value, {@code {"value","mask"}}
     * when masked, an object of its components for other shapes ({@code packet_type}, an unknown field). The
     * index of a field family ({@code reg3}) is part of its name.
     */
    private void writeFieldValue(final OxmField field, final JsonGenerator json) throws IOException {
        final var fieldComponents = components.get(field.getClass()).stream()
            .filter(component -> !"index".equals(component.name())).toList();
        if (fieldComponents.size() == 1) {
            writeValue(fieldComponents.getFirst().get(field), json);
            return;
        }
        if (fieldComponents.size() == 2 && "value".equals(fieldComponents.get(0).name())
                && "mask".equals(fieldComponents.get(1).name()) && fieldComponents.get(1).get(field) == null) {
            writeValue(fieldComponents.getFirst().get(field), json);
            return;
        }
        json.writeStartObject();
        for (var component : fieldComponents) {
            final var value = component.get(field);
            if (value != null) {
                json.writeFieldName(component.key());
                writeValue(value, json);
            }
        }
        json.writeEndObject();
    }

    /** A field an {@code NXAST_*} action reads or writes: its name, or its NXM header in hex. */
    private static String fieldRef(final NxFieldRef ref) {
        if (!ref.hasMask()) {
            final var name = OxmFieldNames.name(new OxmKey(ref.oxmClass(), ref.field(), ref.experimenter()));
            if (name != null) {
                return name;
            }
        }
        return ref.isExperimenter() ? String.format("0x%08x/0x%08x", ref.header(), ref.experimenter())
            : String.format("0x%08x", ref.header());
    }

    private static void writeName(final @Nullable String key, final Object name, final JsonGenerator json)
            throws IOException {
        if (key != null) {
            json.writeFieldName(key);
        }
        if (name instanceof Integer number) {
            json.writeNumber(Integer.toUnsignedLong(number));
        } else {
            json.writeString(name.toString());
        }
    }

    private static void writeUnsigned(final long value, final JsonGenerator json) throws IOException {
        if (value >= 0) {
            json.writeNumber(value);
        } else {
            json.writeNumber(Long.toUnsignedString(value));
        }
    }

    /** Whether a model name is the model's rendering of a code it has no name for, {@code OFPGT_UNKNOWN(7)}. */
    private static boolean unknown(final String name) {
        return name.contains("UNKNOWN(");
    }

    /** The version as the specifications number it: {@code 1.3} is wire version 4, {@code 1.5} is 6. */
    private static String label(final OfVersion version) {
        final int wire = version.wireVersion();
        return wire >= 1 && wire <= SPECIFIED_VERSIONS ? "1." + (wire - 1) : String.format("0x%02x", wire);
    }
}
