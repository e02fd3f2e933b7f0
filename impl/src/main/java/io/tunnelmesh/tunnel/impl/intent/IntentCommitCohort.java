/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.tunnel.impl.intent;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.FluentFuture;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;
import org.opendaylight.mdsal.common.api.DataValidationFailedException;
import org.opendaylight.mdsal.common.api.PostCanCommitStep;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCandidate;
import org.opendaylight.mdsal.dom.api.DOMDataTreeCommitCohort;
import org.opendaylight.mdsal.dom.api.DOMDataTreeIdentifier;
import org.opendaylight.netconf.api.NetconfDocumentedException;
import org.opendaylight.yangtools.util.concurrent.FluentFutures;
import org.opendaylight.yangtools.yang.common.ErrorSeverity;
import org.opendaylight.yangtools.yang.common.ErrorTag;
import org.opendaylight.yangtools.yang.common.ErrorType;
import org.opendaylight.yangtools.yang.model.api.EffectiveModelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses invalid intent while it is being committed: a commit cohort on {@code /tunnelmesh:tunnelmesh} in the
 * configuration datastore, so that the datastore never holds intent that breaks {@link IntentValidator}'s rules.
 *
 * <p>A refusal fails the transaction with a {@link DataValidationFailedException} whose cause is a
 * {@link NetconfDocumentedException} carrying the RFC 6241 error-tag: ODL's RESTCONF server reports exactly that
 * error (RFC 8040 section 7 maps {@code invalid-value} to 400 and {@code data-exists}/{@code data-missing} to 409)
 * instead of a generic {@code operation-failed}.
 */
public final class IntentCommitCohort implements DOMDataTreeCommitCohort {
    private static final Logger LOG = LoggerFactory.getLogger(IntentCommitCohort.class);

    private final Supplier<? extends Map<String, ? extends IntentValidator.AllocatedSegment>> allocations;

    /**
     * A cohort that does not know of any allocation.
     */
    public IntentCommitCohort() {
        this(Map::of);
    }

    /**
     * A cohort that also refuses explicit IDs allocated to other networks.
     *
     * @param allocations the segment allocator's current allocations; a cohort must not read the datastore
     */
    public IntentCommitCohort(
            final Supplier<? extends Map<String, ? extends IntentValidator.AllocatedSegment>> allocations) {
        this.allocations = requireNonNull(allocations);
    }

    @Override
    public FluentFuture<PostCanCommitStep> canCommit(final Object txId, final EffectiveModelContext ctx,
            final Collection<DOMDataTreeCandidate> candidates) {
        for (var candidate : candidates) {
            final Intent intent;
            final Intent before;
            try {
                intent = IntentReader.read(candidate.getRootNode().dataAfter());
                before = IntentReader.read(candidate.getRootNode().dataBefore());
            } catch (IllegalArgumentException e) {
                return refuse(candidate.getRootPath(), ErrorTag.INVALID_VALUE, e.getMessage());
            }
            final var violations = IntentValidator.validate(intent, before, allocations.get());
            if (!violations.isEmpty()) {
                final var first = violations.getFirst();
                final var message = violations.size() == 1 ? first.message()
                    : first.message() + " (and " + (violations.size() - 1) + " more: " + violations.get(1).message()
                        + (violations.size() > 2 ? ", ..." : "") + ")";
                LOG.info("Refused transaction {}: {}", txId, message);
                return refuse(candidate.getRootPath(), tagOf(first.kind()), message);
            }
        }
        return PostCanCommitStep.NOOP_SUCCESSFUL_FUTURE;
    }

    private static FluentFuture<PostCanCommitStep> refuse(final DOMDataTreeIdentifier path, final ErrorTag tag,
            final String message) {
        final var cause = new NetconfDocumentedException(message, ErrorType.APPLICATION, tag, ErrorSeverity.ERROR);
        return FluentFutures.immediateFailedFluentFuture(
            new DataValidationFailedException(DOMDataTreeIdentifier.class, path, message, cause));
    }

    private static ErrorTag tagOf(final IntentViolation.Kind kind) {
        return switch (kind) {
            case INVALID_VALUE -> ErrorTag.INVALID_VALUE;
            case DATA_EXISTS -> ErrorTag.DATA_EXISTS;
            case DATA_MISSING -> ErrorTag.DATA_MISSING;
        };
    }
}
