/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.emulator;

import io.tunnelmesh.openflow.api.OfVersion;
import io.tunnelmesh.openflow.api.message.OfBarrierReply;
import io.tunnelmesh.openflow.api.message.OfBarrierRequest;
import io.tunnelmesh.openflow.api.message.OfControllerRole;
import io.tunnelmesh.openflow.api.message.OfEchoReply;
import io.tunnelmesh.openflow.api.message.OfEchoRequest;
import io.tunnelmesh.openflow.api.message.OfError;
import io.tunnelmesh.openflow.api.message.OfErrorCode;
import io.tunnelmesh.openflow.api.message.OfErrorMessage;
import io.tunnelmesh.openflow.api.message.OfExperimenter;
import io.tunnelmesh.openflow.api.message.OfExtensionMessage;
import io.tunnelmesh.openflow.api.message.OfFeaturesReply;
import io.tunnelmesh.openflow.api.message.OfFeaturesRequest;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfGetAsyncReply;
import io.tunnelmesh.openflow.api.message.OfGetAsyncRequest;
import io.tunnelmesh.openflow.api.message.OfGetConfigReply;
import io.tunnelmesh.openflow.api.message.OfGetConfigRequest;
import io.tunnelmesh.openflow.api.message.OfHello;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.OfPacketOut;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import io.tunnelmesh.openflow.api.message.OfPortMod;
import io.tunnelmesh.openflow.api.message.OfPortStatus;
import io.tunnelmesh.openflow.api.message.OfQueueGetConfigReply;
import io.tunnelmesh.openflow.api.message.OfQueueGetConfigRequest;
import io.tunnelmesh.openflow.api.message.OfRoleReply;
import io.tunnelmesh.openflow.api.message.OfRoleRequest;
import io.tunnelmesh.openflow.api.message.OfSetAsync;
import io.tunnelmesh.openflow.api.message.OfSetConfig;
import io.tunnelmesh.openflow.api.message.OfSwitchConfig;
import io.tunnelmesh.openflow.api.message.OfTableMod;
import io.tunnelmesh.simpleclient.switchstate.RequestBytes;
import io.tunnelmesh.simpleclient.switchstate.SwitchPort;
import io.tunnelmesh.simpleclient.switchstate.SwitchState;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The protocol logic of one emulated switch, without a network: a controller's message in, the switch's answers out
 * ({@link #handle}). The OpenFlow state proper (flows, groups, meters, bundles and the statistics about them) is the
 * {@link SwitchState}, created on the first message that needs it so that an idle switch of a large fleet stays
 * small; this class adds what a switch answers about itself and its connections:
 * <ul>
 *   <li>{@code FEATURES_REQUEST} (datapath id, {@code n_tables}, capabilities), {@code GET_CONFIG}/{@code SET_CONFIG},
 *       {@code BARRIER} (every message is handled in order and at once, so the reply follows right away),
 *       {@code GET_ASYNC}/{@code SET_ASYNC}, {@code QUEUE_GET_CONFIG} (no queues);</li>
 *   <li>roles (OpenFlow 1.3.5 section 6.3.7): a {@code MASTER} or {@code SLAVE} request carrying a
 *       {@code generation_id} older than the last one seen (compared as a signed 64-bit difference) is refused with
 *       {@code OFPRRFC_STALE}; a new master turns the other masters into slaves; a slave's modifying messages are
 *       refused with {@code OFPBRC_IS_SLAVE};</li>
 *   <li>multipart {@code DESC}, {@code PORT_STATS} (zero counters), {@code QUEUE_STATS} (none),
 *       {@code GROUP_FEATURES} and {@code METER_FEATURES}; the rest goes to the switch state, and
 *       {@code TABLE_FEATURES} and experimenter requests are refused with {@code OFPBRC_BAD_MULTIPART};</li>
 *   <li>{@code PORT_MOD} changes a port's configuration and announces it with {@code PORT_STATUS};
 *       {@code PACKET_OUT} and {@code TABLE_MOD} are accepted and counted.</li>
 * </ul>
 * OpenFlow 1.0 connections are answered by {@link Of10Answers}. Errors carry the offending request's first 64 bytes
 * (section 7.4.4). Not thread-safe: it belongs to the switch's event loop.
 */
public final class SwitchAgent {
    /** Open vSwitch's answer to {@code GET_CONFIG} before any {@code SET_CONFIG}: normal fragments, 128 bytes. */
    static final OfSwitchConfig DEFAULT_CONFIG = new OfSwitchConfig(OfSwitchConfig.FRAG_NORMAL, 128);
    /** Flow, table, port, group and queue statistics, as Open vSwitch announces them. */
    static final int CAPABILITIES = OfFeaturesReply.CAPABILITY_FLOW_STATS | OfFeaturesReply.CAPABILITY_TABLE_STATS
        | OfFeaturesReply.CAPABILITY_PORT_STATS | OfFeaturesReply.CAPABILITY_GROUP_STATS
        | OfFeaturesReply.CAPABILITY_QUEUE_STATS;

    private long datapathId;
    private final int number;
    private final List<SwitchPort> ports;
    private final int tables;
    private final InstantSource clock;
    private final RequestBytes requestBytes;
    private final Instant started;
    private final List<SwitchSession> sessions = new ArrayList<>();
    private @Nullable SwitchState state;
    private OfSwitchConfig config = DEFAULT_CONFIG;
    private boolean generationKnown;
    private long generationId;
    private volatile int flowCount;
    private long packetOuts;

    /**
     * What the switch sends back: replies on the connection that asked, events (flow-removed, port status) on every
     * connection whose controller wants them ({@link SwitchSession#wants}).
     *
     * @param replies the replies, in order
     * @param events the asynchronous messages, in order
     */
    public record Answer(List<OfMessage> replies, List<OfMessage> events) {
        /** Nothing to send. */
        public static final Answer NONE = new Answer(List.of(), List.of());

        /**
         * Copies the lists.
         */
        public Answer {
            replies = List.copyOf(replies);
            events = List.copyOf(events);
        }

        static Answer reply(final OfMessage reply) {
            return new Answer(List.of(reply), List.of());
        }

        /**
         * Splits what the switch state answered: flow-removed messages are events, the rest replies.
         */
        static Answer split(final List<OfMessage> messages) {
            final var replies = new ArrayList<OfMessage>(messages.size());
            final var events = new ArrayList<OfMessage>();
            for (OfMessage message : messages) {
                (message instanceof OfFlowRemoved ? events : replies).add(message);
            }
            return new Answer(replies, events);
        }
    }

    /**
     * A switch agent.
     *
     * @param number the switch's number in its fleet, 1-based
     * @param datapathId its datapath id
     * @param ports its ports
     * @param tables the {@code n_tables} it announces
     * @param clock where time comes from
     * @param requestBytes the bytes of requests, for the data of errors
     */
    public SwitchAgent(final int number, final long datapathId, final List<SwitchPort> ports, final int tables,
            final InstantSource clock, final RequestBytes requestBytes) {
        this.number = number;
        this.datapathId = datapathId;
        this.ports = List.copyOf(ports);
        this.tables = tables;
        this.clock = clock;
        this.requestBytes = requestBytes;
        this.started = clock.instant();
    }

    /**
     * The switch's datapath id.
     *
     * @return the datapath id
     */
    public long datapathId() {
        return datapathId;
    }

    /**
     * Changes the datapath id, as {@code other_config:datapath-id} does; the next {@code FEATURES_REPLY} carries it.
     *
     * @param value the new datapath id
     */
    void datapathId(final long value) {
        datapathId = value;
    }

    /**
     * Makes the switch's ports exactly these, as {@code ovs-vswitchd} does when interfaces join or leave its bridge in
     * OVSDB: a port that is new or whose description changed is announced with {@code PORT_STATUS}/{@code ADD} or
     * {@code MODIFY}, one that left with {@code DELETE} (OpenFlow 1.3.5 section 7.4.3). A port-mod's configuration
     * bits on a port that stays are kept.
     *
     * @param wanted the ports
     * @return the port status events
     */
    Answer replacePorts(final List<SwitchPort> wanted) {
        final var current = state();
        final var before = new HashMap<Integer, SwitchPort>();
        current.ports().forEach(port -> before.put(port.number(), port));
        final var events = new ArrayList<OfMessage>();
        for (SwitchPort port : wanted) {
            final var old = before.remove(port.number());
            final var kept = old == null ? port : new SwitchPort(withConfig(port.desc(), old.desc().config()),
                port.flowBasedTunnel());
            if (old == null || !old.equals(kept)) {
                current.putPort(kept);
                events.add(new OfPortStatus(0, old == null ? OfPortStatus.REASON_ADD : OfPortStatus.REASON_MODIFY,
                    kept.desc()));
            }
        }
        for (SwitchPort gone : before.values()) {
            current.removePort(gone.number());
            events.add(new OfPortStatus(0, OfPortStatus.REASON_DELETE, gone.desc()));
        }
        return new Answer(List.of(), events);
    }

    private static OfPortDesc withConfig(final OfPortDesc desc, final int config) {
        return new OfPortDesc(desc.portNo(), desc.hwAddress(), desc.name(), config, desc.state(), desc.current(),
            desc.advertised(), desc.supported(), desc.peer(), desc.currentSpeed(), desc.maxSpeed());
    }

    /**
     * The switch's OpenFlow state, created on first use.
     *
     * @return the state
     */
    public SwitchState state() {
        var current = state;
        if (current == null) {
            current = new SwitchState(ports, clock, requestBytes);
            state = current;
        }
        return current;
    }

    /**
     * How many flows the switch held after the last message that changed them; cheap enough for every counter read,
     * and safe to read from any thread.
     *
     * @return the count
     */
    public int flowCount() {
        return flowCount;
    }

    /**
     * How many {@code PACKET_OUT} messages the switch accepted.
     *
     * @return the count
     */
    public long packetOuts() {
        return packetOuts;
    }

    /**
     * The current {@code SET_CONFIG} values.
     *
     * @return the configuration
     */
    public OfSwitchConfig config() {
        return config;
    }

    /**
     * Stores a {@code SET_CONFIG}.
     *
     * @param value the configuration
     */
    void config(final OfSwitchConfig value) {
        config = value;
    }

    /**
     * Starts the session of a new connection.
     *
     * @param session the session
     */
    void open(final SwitchSession session) {
        sessions.add(session);
    }

    /**
     * Ends a connection's session.
     *
     * @param session the session
     */
    void close(final SwitchSession session) {
        sessions.remove(session);
        final var current = state;
        if (current != null) {
            current.connectionClosed(session);
        }
    }

    /**
     * Removes the flows whose timeouts passed.
     *
     * @return the flow-removed messages of those that asked for one, as events
     */
    Answer expire() {
        final var current = state;
        if (current == null || flowCount == 0) {
            return Answer.NONE;
        }
        final List<OfMessage> removed = List.copyOf(current.expire(clock.instant()));
        flowCount = current.flowCount();
        return new Answer(List.of(), removed);
    }

    /**
     * Handles a controller's message on a session whose version is negotiated.
     *
     * @param message the message
     * @param session the connection it came on
     * @return what to send back
     */
    public Answer handle(final OfMessage message, final SwitchSession session) {
        final OfVersion version = session.version();
        if (version == null) {
            // nothing but HELLO and ECHO is valid before the version is negotiated; the handshake stage has both
            return Answer.NONE;
        }
        if (OfVersion.OF10.equals(version)) {
            return new Of10Answers(this, requestBytes).handle(message);
        }
        if (SwitchState.handles(message)) {
            // statistics are for every controller; changes are not for slaves
            return session.isSlave() && !(message instanceof OfMultipartRequest)
                ? error(message, OfErrorCode.OFPBRC_IS_SLAVE) : stateAnswer(message, session);
        }
        return switch (message) {
            case OfFeaturesRequest request -> Answer.reply(new OfFeaturesReply(request.xid(), datapathId, 0, tables, 0,
                CAPABILITIES, 0));
            case OfGetConfigRequest request -> Answer.reply(new OfGetConfigReply(request.xid(), config));
            case OfSetConfig set -> {
                config(set.config());
                yield Answer.NONE;
            }
            case OfBarrierRequest request -> Answer.reply(new OfBarrierReply(request.version(), request.xid()));
            case OfEchoReply reply -> Answer.NONE;
            case OfEchoRequest request -> Answer.reply(request.reply());
            case OfRoleRequest request -> role(request, session);
            case OfGetAsyncRequest request -> Answer.reply(new OfGetAsyncReply(request.xid(), session.async()));
            case OfSetAsync set -> {
                session.async(set.config());
                yield Answer.NONE;
            }
            case OfQueueGetConfigRequest request -> queueConfig(request);
            case OfMultipartRequest request -> SwitchMultipart.answer(this, request);
            case OfPortMod mod -> session.isSlave() ? error(mod, OfErrorCode.OFPBRC_IS_SLAVE) : portMod(mod);
            case OfTableMod mod -> session.isSlave() ? error(mod, OfErrorCode.OFPBRC_IS_SLAVE) : tableMod(mod);
            case OfPacketOut packetOut -> {
                if (session.isSlave()) {
                    yield error(packetOut, OfErrorCode.OFPBRC_IS_SLAVE);
                }
                packetOuts++;
                yield Answer.NONE;
            }
            case OfHello hello -> Answer.NONE;
            case OfErrorMessage error -> Answer.NONE;
            case OfExperimenter experimenter -> error(experimenter, OfErrorCode.OFPBRC_BAD_EXPERIMENTER);
            case OfExtensionMessage extension -> error(extension, OfErrorCode.OFPBRC_BAD_EXPERIMENTER);
            default -> error(message, OfErrorCode.OFPBRC_BAD_TYPE);
        };
    }

    private Answer stateAnswer(final OfMessage message, final SwitchSession session) {
        return withState(current -> Answer.split(current.handle(message, session)));
    }

    /**
     * Runs something against the switch state that may change its flows (an OpenFlow 1.0 flow-mod), then counts them.
     *
     * @param operation what to run
     * @return its answer
     */
    Answer withState(final Function<SwitchState, Answer> operation) {
        final var current = state();
        final var answer = operation.apply(current);
        flowCount = current.flowCount();
        return answer;
    }

    /**
     * OpenFlow 1.3.5 section 6.3.7: {@code NOCHANGE} only reads; {@code MASTER} and {@code SLAVE} carry a generation
     * id that must not be older than the last one seen; {@code EQUAL} carries none that counts.
     */
    private Answer role(final OfRoleRequest request, final SwitchSession session) {
        final OfControllerRole role = request.role();
        if (!role.isKnown()) {
            return error(request, OfErrorCode.OFPRRFC_BAD_ROLE);
        }
        if (OfControllerRole.MASTER.equals(role) || OfControllerRole.SLAVE.equals(role)) {
            if (generationKnown && request.generationId() - generationId < 0) {
                return error(request, OfErrorCode.OFPRRFC_STALE);
            }
            generationKnown = true;
            generationId = request.generationId();
        }
        if (OfControllerRole.MASTER.equals(role)) {
            for (SwitchSession other : sessions) {
                if (other != session && OfControllerRole.MASTER.equals(other.role())) {
                    other.role(OfControllerRole.SLAVE);
                }
            }
        }
        if (!OfControllerRole.NOCHANGE.equals(role)) {
            session.role(role);
        }
        return Answer.reply(new OfRoleReply(request.xid(), session.role(), generationId));
    }

    private Answer queueConfig(final OfQueueGetConfigRequest request) {
        if (request.port() != OfQueueGetConfigRequest.ANY_PORT && port(request.port()) == null) {
            return error(request, OfErrorCode.OFPQOFC_BAD_PORT);
        }
        return Answer.reply(new OfQueueGetConfigReply(request.xid(), request.port(), List.of()));
    }

    /**
     * A port-mod changes the bits of {@code config} selected by {@code mask} (OpenFlow 1.3.5 section 7.3.4.3) of a
     * port whose hardware address it names correctly; a change is announced as {@code PORT_STATUS}/{@code MODIFY}.
     */
    private Answer portMod(final OfPortMod mod) {
        final SwitchPort port = port(mod.portNo());
        if (port == null) {
            return error(mod, OfErrorCode.OFPPMFC_BAD_PORT);
        }
        final var desc = port.desc();
        if (!desc.hwAddress().equals(mod.hwAddress())) {
            return error(mod, OfErrorCode.OFPPMFC_BAD_HW_ADDR);
        }
        final int newConfig = desc.config() & ~mod.mask() | mod.config() & mod.mask();
        if (newConfig == desc.config()) {
            return Answer.NONE;
        }
        final var changed = withConfig(desc, newConfig);
        state().putPort(new SwitchPort(changed, port.flowBasedTunnel()));
        return new Answer(List.of(), List.of(new OfPortStatus(0, OfPortStatus.REASON_MODIFY, changed)));
    }

    private Answer tableMod(final OfTableMod mod) {
        if (mod.tableId() >= tables && mod.tableId() != OfTableMod.ALL_TABLES) {
            return error(mod, OfErrorCode.OFPTMFC_BAD_TABLE);
        }
        return Answer.NONE;
    }

    /**
     * The ports now (a port-mod may have changed one).
     *
     * @return the ports, by number
     */
    List<SwitchPort> ports() {
        final var current = state;
        return current == null ? ports : List.copyOf(current.ports());
    }

    @Nullable SwitchPort port(final int portNo) {
        for (SwitchPort port : ports()) {
            if (port.number() == portNo) {
                return port;
            }
        }
        return null;
    }

    /**
     * The error answering a request.
     *
     * @param request the request
     * @param code the error
     * @return the answer
     */
    Answer error(final OfMessage request, final OfErrorCode code) {
        return Answer.reply(OfError.answering(request.xid(), code, requestBytes.of(request)));
    }

    /**
     * The switch's number in its fleet.
     *
     * @return the number, 1-based
     */
    int number() {
        return number;
    }

    /**
     * The {@code n_tables} the switch announces.
     *
     * @return the number of tables
     */
    int tables() {
        return tables;
    }

    /**
     * How long the switch has been up.
     *
     * @return the duration
     */
    Duration uptime() {
        return Duration.between(started, clock.instant());
    }
}
