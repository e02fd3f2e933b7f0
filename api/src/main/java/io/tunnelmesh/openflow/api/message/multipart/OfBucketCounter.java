/*
 * Copyright (c) 2026 TunnelMesh contributors and others.  All rights reserved.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License v1.0 which accompanies this distribution,
 * and is available at http://www.eclipse.org/legal/epl-v10.html
 */
package io.tunnelmesh.openflow.api.message.multipart;

/**
 * The counters of one bucket of a group (OpenFlow 1.3.5 section 7.3.5.9, {@code ofp_bucket_counter}, 16 bytes), in
 * the order of the group's buckets.
 * <pre>
 *   | packet_count (64) | byte_count (64) |
 * </pre>
 *
 * @param packetCount packets the bucket processed, unsigned
 * @param byteCount bytes the bucket processed, unsigned
 */
public record OfBucketCounter(long packetCount, long byteCount) {
}
