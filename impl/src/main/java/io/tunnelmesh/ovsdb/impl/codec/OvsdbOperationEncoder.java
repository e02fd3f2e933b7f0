/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.ovsdb.impl.codec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tunnelmesh.ovsdb.api.operation.OvsdbAbort;
import io.tunnelmesh.ovsdb.api.operation.OvsdbAssert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbComment;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCommit;
import io.tunnelmesh.ovsdb.api.operation.OvsdbCondition;
import io.tunnelmesh.ovsdb.api.operation.OvsdbDelete;
import io.tunnelmesh.ovsdb.api.operation.OvsdbInsert;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbMutation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbOperation;
import io.tunnelmesh.ovsdb.api.operation.OvsdbSelect;
import io.tunnelmesh.ovsdb.api.operation.OvsdbUpdate;
import io.tunnelmesh.ovsdb.api.operation.OvsdbWait;
import java.util.List;

/**
 * Encodes the operations of RFC 7047 section 5.2 and the {@code params} of a {@code transact} request (section
 * 4.1.3): {@code [<db-name>, <operation>*]}, each operation an object with an {@code "op"} member.
 */
public final class OvsdbOperationEncoder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OvsdbOperationEncoder() {
        // static encoders only
    }

    /**
     * The params of a {@code transact} request.
     *
     * @param database the database name
     * @param operations the operations, in order
     * @return {@code [<db-name>, <operation>*]}
     */
    public static ArrayNode encodeTransact(final String database, final List<OvsdbOperation> operations) {
        final var params = JSON.arrayNode(operations.size() + 1).add(database);
        operations.forEach(operation -> params.add(encode(operation)));
        return params;
    }

    /**
     * Encodes one operation.
     *
     * @param operation the operation
     * @return its JSON object
     */
    public static ObjectNode encode(final OvsdbOperation operation) {
        final var json = JSON.objectNode().put("op", operation.op());
        switch (operation) {
            case OvsdbInsert insert -> {
                json.put("table", insert.table()).set("row", OvsdbNotationEncoder.encodeRow(insert.row()));
                insert.uuidName().ifPresent(name -> json.put("uuid-name", name));
            }
            case OvsdbSelect select -> {
                json.put("table", select.table()).set("where", encodeWhere(select.where()));
                select.columns().ifPresent(columns -> json.set("columns", strings(columns)));
            }
            case OvsdbUpdate update -> json.put("table", update.table()).<ObjectNode>set("where",
                encodeWhere(update.where())).set("row", OvsdbNotationEncoder.encodeRow(update.row()));
            case OvsdbMutate mutate -> json.put("table", mutate.table()).<ObjectNode>set("where",
                encodeWhere(mutate.where())).set("mutations", encodeMutations(mutate.mutations()));
            case OvsdbDelete delete -> json.put("table", delete.table()).set("where", encodeWhere(delete.where()));
            case OvsdbWait wait -> encodeWait(json, wait);
            case OvsdbCommit commit -> json.put("durable", commit.durable());
            case OvsdbAbort abort -> {
                // "op" alone
            }
            case OvsdbComment comment -> json.put("comment", comment.comment());
            case OvsdbAssert lock -> json.put("lock", lock.lock());
        }
        return json;
    }

    private static void encodeWait(final ObjectNode json, final OvsdbWait wait) {
        wait.timeoutMillis().ifPresent(timeout -> json.put("timeout", timeout));
        json.put("table", wait.table()).set("where", encodeWhere(wait.where()));
        json.set("columns", strings(wait.columns()));
        json.put("until", wait.until().symbol());
        final var rows = json.putArray("rows");
        wait.rows().forEach(row -> rows.add(OvsdbNotationEncoder.encodeRow(row)));
    }

    /**
     * Encodes conditions.
     *
     * @param where the conditions
     * @return {@code [[<column>, <function>, <value>]*]}
     */
    public static ArrayNode encodeWhere(final List<OvsdbCondition> where) {
        final var array = JSON.arrayNode(where.size());
        for (var condition : where) {
            array.addArray().add(condition.column()).add(condition.function().symbol())
                .add(OvsdbNotationEncoder.encode(condition.value()));
        }
        return array;
    }

    private static ArrayNode encodeMutations(final List<OvsdbMutation> mutations) {
        final var array = JSON.arrayNode(mutations.size());
        for (var mutation : mutations) {
            array.addArray().add(mutation.column()).add(mutation.mutator().symbol())
                .add(OvsdbNotationEncoder.encode(mutation.value()));
        }
        return array;
    }

    static ArrayNode strings(final List<String> strings) {
        final var array = JSON.arrayNode(strings.size());
        strings.forEach(array::add);
        return array;
    }
}
