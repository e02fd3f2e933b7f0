/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.simpleclient.switchstate;

import io.tunnelmesh.openflow.api.OfBytes;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleAdd;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControl;
import io.tunnelmesh.openflow.api.ext.onf.OnfBundleControlType;
import io.tunnelmesh.openflow.api.ext.onf.OnfErrorCodes;
import io.tunnelmesh.openflow.api.message.OfFlowMod;
import io.tunnelmesh.openflow.api.message.OfFlowRemoved;
import io.tunnelmesh.openflow.api.message.OfGroupMod;
import io.tunnelmesh.openflow.api.message.OfMessage;
import io.tunnelmesh.openflow.api.message.OfMeterMod;
import io.tunnelmesh.openflow.api.message.OfMultipartRequest;
import io.tunnelmesh.openflow.api.message.OfPortDesc;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenFlow state of one emulated switch: flow tables, groups, meters and the connection's bundles, changed by
 * the controller's messages and asked where packets go. Messages in, messages out ({@link #handle}): flow-mods,
 * group-mods, meter-mods, ONF bundle messages and the statistics requests about them; the answers are errors,
 * flow-removed messages, bundle replies and multipart replies. {@link #evaluate} and {@link #receive} run a packet
 * through the pipeline. Time comes from the clock given at construction; flows expire only when {@link #expire} is
 * called, so that tests and the emulator decide when.
 *
 * <p>Not thread-safe: a switch's state belongs to the one thread that handles its connection (its Netty event
 * loop); nothing in here blocks or starts threads.
 */
public final class SwitchState {
    private final InstantSource clock;
    private final RequestBytes requestBytes;
    private final MeterTable meters = new MeterTable();
    /** Each connection's bundles: Open vSwitch keeps them per connection and discards them when it closes. */
    private final Map<Object, OnfBundles> bundles = new HashMap<>();
    private final Map<Integer, SwitchPort> ports = new TreeMap<>(Integer::compareUnsigned);
    private FlowTables flows = new FlowTables();
    private GroupTable groups = new GroupTable();
    /** Flow-mods and group-mods applied, alone or in a committed bundle. */
    private long modsApplied;

    /**
     * An empty switch: no flows, groups, meters or bundles.
     *
     * @param ports the switch's ports
     * @param clock the time flows are installed, hit and expire at
     * @param requestBytes the bytes of requests, for the data of errors answering them
     */
    public SwitchState(final Collection<SwitchPort> ports, final InstantSource clock,
            final RequestBytes requestBytes) {
        this.clock = clock;
        this.requestBytes = requestBytes;
        ports.forEach(this::putPort);
    }

    /**
     * Whether {@link #handle} answers a message: flow, group and meter mods, bundle messages, and multipart
     * requests for flows, aggregates, tables, groups, group descriptions, meters, meter configurations and port
     * descriptions.
     *
     * @param message a message from the controller
     * @return whether the switch state handles it
     */
    public static boolean handles(final OfMessage message) {
        return switch (message) {
            case OfFlowMod m -> true;
            case OfGroupMod m -> true;
            case OfMeterMod m -> true;
            case OnfBundleControl m -> true;
            case OnfBundleAdd m -> true;
            case OfMultipartRequest request -> MultipartAnswers.handles(request.body());
            default -> false;
        };
    }

    /**
     * A flow-mod as a switch keeps it, for a decoder that memoises flow-mods by their bytes: checked as a flow-mod or
     * a bundle add carrying it is (command, flags, table, match, instructions), and if it passes, an equal flow-mod
     * whose match and instructions are instances the process keeps, so that every flow-mod the decoder builds of
     * them is checked by their identity rather than by hashing and comparing them.
     *
     * @param mod a flow-mod as decoded
     * @return an equal flow-mod
     * @throws RequestRefusedException what a switch refuses the flow-mod for before looking at its tables
     */
    public static OfFlowMod share(final OfFlowMod mod) throws RequestRefusedException {
        return FlowTables.share(mod);
    }

    /**
     * Handles a message from the controller.
     *
     * @param message a message {@link #handles} accepts
     * @return the messages to send back, in order: an error, flow-removed messages, a bundle or multipart reply
     * @throws IllegalArgumentException for a message it does not handle
     */
    public List<OfMessage> handle(final OfMessage message) {
        return handle(message, this);
    }

    /**
     * Handles a message from the controller on one of the switch's connections: bundles are the connection's own.
     *
     * @param message a message {@link #handles} accepts
     * @param connection the connection it came on, by identity
     * @return the messages to send back, in order: an error, flow-removed messages, a bundle or multipart reply
     * @throws IllegalArgumentException for a message it does not handle
     */
    public List<OfMessage> handle(final OfMessage message, final Object connection) {
        final Instant now = clock.instant();
        try {
            return switch (message) {
                case OfFlowMod mod -> List.copyOf(apply(mod));
                case OfGroupMod mod -> List.copyOf(apply(mod));
                case OfMeterMod mod -> List.copyOf(meters.apply(mod, flows, now));
                case OnfBundleControl control -> bundleControl(control, bundlesOf(connection), now);
                case OnfBundleAdd add -> {
                    bundlesOf(connection).add(add);
                    yield List.of();
                }
                case OfMultipartRequest request when MultipartAnswers.handles(request.body()) ->
                    new MultipartAnswers(flows, groups, meters, ports.values(), now).answer(request);
                default -> throw new IllegalArgumentException("not a switch state message: " + message);
            };
        } catch (RequestRefusedException e) {
            return List.of(error(message, e));
        }
    }

    private OnfBundles bundlesOf(final Object connection) {
        return bundles.computeIfAbsent(connection, key -> new OnfBundles());
    }

    /**
     * A connection closed: its bundles are discarded, uncommitted, as Open vSwitch does.
     *
     * @param connection the connection, as given to {@link #handle(OfMessage, Object)}
     */
    public void connectionClosed(final Object connection) {
        bundles.remove(connection);
    }

    private List<OfMessage> bundleControl(final OnfBundleControl control, final OnfBundles open,
            final Instant now) throws RequestRefusedException {
        final OnfBundleControlType type = control.type();
        if (type.equals(OnfBundleControlType.OPEN_REQUEST)) {
            open.open(control);
        } else if (type.equals(OnfBundleControlType.CLOSE_REQUEST)) {
            open.close(control);
        } else if (type.equals(OnfBundleControlType.DISCARD_REQUEST)) {
            open.discard(control);
        } else if (type.equals(OnfBundleControlType.COMMIT_REQUEST)) {
            return commit(control, open.takeForCommit(control), now);
        } else {
            throw new RequestRefusedException(OnfErrorCodes.OFPBFC_BAD_TYPE, type.toString());
        }
        return List.of(reply(control));
    }

    /**
     * Applies a bundle's messages all together or not at all: they are applied in order to the flow tables in place,
     * each change journaled and undone if a message fails (the group table, small, is applied to a copy), so a commit
     * costs what it changes, not a copy of every table. On a failure the switch answers, as Open vSwitch does, the
     * failing message's error (with the bundle add's xid and bytes), then {@code OFPBFC_MSG_FAILED} to the commit.
     */
    private List<OfMessage> commit(final OnfBundleControl control, final List<OnfBundles.Added> messages,
            final Instant now) {
        final GroupTable newGroups = groups.copy();
        final var answers = new ArrayList<OfMessage>();
        flows.begin();
        boolean applied = false;
        try {
            for (OnfBundles.Added added : messages) {
                final OnfBundleAdd add = added.add();
                try {
                    final FlowTables.CheckedFlowMod flowMod = added.flowMod();
                    if (flowMod != null) {
                        answers.addAll(flows.apply(flowMod, newGroups, meters, now));
                    } else if (add.message() instanceof OfGroupMod mod) {
                        answers.addAll(newGroups.apply(mod, flows, now));
                    } else {
                        throw new IllegalStateException("bundles hold flow-mods and group-mods only");
                    }
                } catch (RequestRefusedException e) {
                    return List.of(error(add, e), SwitchErrorCode.of(OnfErrorCodes.OFPBFC_MSG_FAILED)
                        .toMessage(control.xid(), requestBytes.of(control)));
                }
            }
            applied = true;
        } finally {
            if (applied) {
                flows.keep();
            } else {
                flows.undo();
            }
        }
        groups = newGroups;
        modsApplied += messages.size();
        answers.add(reply(control));
        return answers;
    }

    private static OnfBundleControl reply(final OnfBundleControl request) {
        // Open vSwitch replies with flags 0, whatever the request's
        return OnfBundleControl.of(request.xid(), request.bundleId(), request.type().reply(), 0);
    }

    private OfMessage error(final OfMessage request, final RequestRefusedException refusal) {
        final OfBytes bytes = requestBytes.of(request);
        return refusal.code().toMessage(request.xid(), bytes);
    }

    /**
     * Applies a flow-mod directly, as a planner's test would.
     *
     * @param mod the flow-mod
     * @return the flow-removed messages of deleted flows that asked for them
     * @throws RequestRefusedException with the error the switch would answer; nothing changed
     */
    public List<OfFlowRemoved> apply(final OfFlowMod mod) throws RequestRefusedException {
        final var removed = flows.apply(mod, groups, meters, clock.instant());
        modsApplied++;
        return removed;
    }

    /**
     * Applies a group-mod directly.
     *
     * @param mod the group-mod
     * @return the flow-removed messages of flows deleted with a group
     * @throws RequestRefusedException with the error the switch would answer; nothing changed
     */
    public List<OfFlowRemoved> apply(final OfGroupMod mod) throws RequestRefusedException {
        final var removed = groups.apply(mod, flows, clock.instant());
        modsApplied++;
        return removed;
    }

    /**
     * Applies a meter-mod directly.
     *
     * @param mod the meter-mod
     * @return the flow-removed messages of flows deleted with a meter
     * @throws RequestRefusedException with the error the switch would answer; nothing changed
     */
    public List<OfFlowRemoved> apply(final OfMeterMod mod) throws RequestRefusedException {
        return meters.apply(mod, flows, clock.instant());
    }

    /**
     * Where a packet would go, without counting it anywhere.
     *
     * @param packet the packet, its {@code IN_PORT} the port it arrives on
     * @return the outputs and a trace
     */
    public PipelineResult evaluate(final Packet packet) {
        return new PipelineRun(flows, groups, meters, ports, false, clock.instant(), packet).run();
    }

    /**
     * Receives a packet: evaluates it and counts it in the flows, tables, groups and meters it passes, which also
     * keeps the flows it hits from idling out.
     *
     * @param packet the packet, its {@code IN_PORT} the port it arrives on
     * @return the outputs and a trace
     */
    public PipelineResult receive(final Packet packet) {
        return new PipelineRun(flows, groups, meters, ports, true, clock.instant(), packet).run();
    }

    /**
     * Removes the flows whose idle or hard timeout has passed.
     *
     * @param now the time to expire at
     * @return the flow-removed messages of the flows that asked for them, reason idle or hard timeout
     */
    public List<OfFlowRemoved> expire(final Instant now) {
        return flows.expire(now);
    }

    /**
     * Every flow entry, table by table in priority order.
     *
     * @return the entries
     */
    public List<FlowEntry> flows() {
        return flows.entries().toList();
    }

    /**
     * How many flows the tables hold.
     *
     * @return the count
     */
    public int flowCount() {
        return flows.flowCount();
    }

    /**
     * How many flows a cookie filter passes ({@code OFPMP_FLOW}'s cookie and mask); a mask of the top 16 bits counts
     * without looking at the flows.
     *
     * @param cookie the cookie
     * @param cookieMask the bits of it that must match
     * @return the count
     */
    public int flowCount(final long cookie, final long cookieMask) {
        return flows.flowCount(cookie, cookieMask);
    }

    /**
     * How many groups there are.
     *
     * @return the count
     */
    public int groupCount() {
        return groups.entries().size();
    }

    /**
     * How many bundles are open (or closed and not committed).
     *
     * @return the count
     */
    public int openBundleCount() {
        return bundles.values().stream().mapToInt(OnfBundles::size).sum();
    }

    /**
     * How many flow-mods and group-mods the switch has applied since it started, alone or in committed bundles (a
     * refused one, or one of a bundle that failed, is not counted): how a fleet's observer tells that a controller
     * still changes flows when their count no longer changes.
     *
     * @return the count
     */
    public long modsApplied() {
        return modsApplied;
    }

    /**
     * The ports, by number.
     *
     * @return the ports
     */
    public Collection<SwitchPort> ports() {
        return Collections.unmodifiableCollection(ports.values());
    }

    /**
     * Adds a port, or replaces the one of the same number (a link going down, a port-mod).
     *
     * @param port the port
     */
    public void putPort(final SwitchPort port) {
        ports.put(port.number(), port);
    }

    /**
     * Removes a port (its interface left the bridge); flows that output to it stay, as in Open vSwitch.
     *
     * @param number the port's number
     */
    public void removePort(final int number) {
        ports.remove(number);
    }

    /**
     * The port descriptions, for a features or port description reply.
     *
     * @return the descriptions, by port number
     */
    public List<OfPortDesc> portDescs() {
        return ports.values().stream().map(SwitchPort::desc).toList();
    }
}
