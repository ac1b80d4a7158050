// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {Settlement} from "./Settlement.sol";

/// @title Tallies: the claim path's audit and data pay.
///
/// @notice Settlement creates this contract in its constructor (one per
/// deployment, `Settlement.tallies()`), so that its code stays out of
/// Settlement's (EIP-170) while Settlement can trust what it asks to pay.
///
/// When a job's poster never settles, `Settlement.claim` pays winners their
/// proven steps; this contract pays the rest of what the settlement would
/// have: verifiers for the audits they did and data holders for the chunks
/// they served. The contract holds none of what those are computed from
/// (the audit sample's seeds and assignments, the data price and the
/// members' shards live in the recipe and the gossip), so it takes the
/// group's word for them, and no single party's:
///
///  1. Each winner of the award signs its own *view* of the job, an EIP-712
///     `ClaimTally(jobId, member, audits[], holders[], data[])`: per award
///     member (winners ‖ standbys) the paid audits it knows of, and per
///     data holder (the recipe's, by strictly increasing address) the gross
///     pay for the chunks it knows were delivered. The views need not
///     agree: gossip reaches members unevenly.
///  2. Anyone may `claimTally` with views of at least a quorum of the
///     winners not convicted of a wrong result or tampering in the job
///     (`Settlement.quorumOf` of that count), after the settle deadline and
///     within the claim window of a job never settled, under its bound
///     award. A convict's view counts for nothing.
///  3. Each member's audits and each holder's pay is the q-th highest of
///     the views' values, q the quorum: with fewer than q liars among the
///     signers, at least one of the q highest is honest, so the value is at
///     most what some honest member saw; with q honest signers it is at
///     least what the least-informed of them saw.
///  4. A later tally pays only what its values add to what earlier tallies
///     paid (per member index, per holder), so nothing is paid twice and a
///     tally submitted with stale views can be topped up. Audits are paid
///     at the member's price per step, in member order, up to the job's
///     verification bound in all (`jobs(jobId).audits`; a job escrowed
///     without one pays no audit here); holders up to the data pool left.
///     A convict is paid for no audit. Settlement credits the payees at
///     once, minus the protocol fee, out of the escrow and the data pool.
///
/// A settlement and a tally never both pay: settle is allowed only before
/// the settle deadline, a tally only after it; refund (after the claim
/// window) returns what no tally took.
contract Tallies is ReentrancyGuardTransient {
    /// @notice PROTOCOL.md's ClaimTally type, signed under Settlement's
    /// domain.
    bytes32 public constant CLAIM_TALLY_TYPEHASH =
        keccak256("ClaimTally(bytes32 jobId,address member,uint64[] audits,address[] holders,uint256[] data)");
    uint8 private constant KIND_FAULT = 4;
    uint8 private constant FAULT_WRONG_RESULT = 2;
    uint8 private constant FAULT_TAMPERED = 4;

    /// @notice Winners' signed views; see the contract's notice.
    /// signers[k] is the k-th signer's index among the award's winners
    /// (strictly increasing addresses), audits[k] and data[k] its view,
    /// signatures[k] its signature.
    struct Views {
        address[] holders;
        uint256[] signers;
        uint64[][] audits;
        uint256[][] data;
        bytes[] signatures;
    }

    /// @notice A job's award as Settlement binds it (Settlement.Award's
    /// fields; its own type so that the two ABIs' bindings do not clash).
    struct Award {
        address[] winners;
        address[] standbys;
        uint256[] prices;
    }

    Settlement public immutable settlement;
    /// @notice Audits paid so far per award member index, of a job.
    mapping(bytes32 jobId => mapping(uint256 index => uint256)) public auditsPaid;
    /// @notice Audits paid so far in all, of a job (at most its bound).
    mapping(bytes32 jobId => uint256) public auditsTotal;
    /// @notice Gross data pay so far per holder, of a job.
    mapping(bytes32 jobId => mapping(address holder => uint256)) public dataPaid;

    event Tallied(bytes32 indexed jobId, uint256 signers, uint256 audits, uint256 data);

    error NotOpen(bytes32 jobId);
    error NotClaimable(bytes32 jobId);
    error NoAward(bytes32 jobId);
    error AwardMismatch(bytes32 jobId);
    error NotAWinner(uint256 index);
    error UnsortedSigners();
    error UnsortedHolders();
    error LengthMismatch(uint256 want, uint256 got);
    error BadSignature(address member);
    error QuorumNotReached(uint256 have, uint256 need);
    error NothingToClaim();

    // Settlement's constructor passes itself: it has no code yet to be
    // asked.
    constructor(Settlement settlement_) {
        settlement = settlement_;
    }

    /// @notice Pays the audits and data a quorum of the winners' views
    /// agree on (see the contract's notice). `award` is the job's bound
    /// award. Anyone may call it.
    function claimTally(bytes32 jobId, Award calldata award, Views calldata v) external nonReentrant {
        uint256 q = _checkJob(jobId, award);
        uint256[] memory valid = _checkViews(jobId, award, v);
        if (valid.length < q) revert QuorumNotReached(valid.length, q);
        (uint256 nPay, address[] memory to, uint256[] memory gross, uint256 audits) = _auditPay(jobId, award, v, valid, q);
        uint256 fromPool;
        (nPay, fromPool) = _dataPay(jobId, v, valid, q, to, gross, nPay);
        if (nPay == 0) revert NothingToClaim();
        assembly ("memory-safe") {
            mstore(to, nPay)
            mstore(gross, nPay)
        }
        emit Tallied(jobId, valid.length, audits, fromPool);
        settlement.payTally(jobId, to, gross, fromPool);
    }

    /// The quorum of the job's winners not convicted, after checking that
    /// the job is open, past its settle deadline, within its claim window
    /// and bound to `award`.
    function _checkJob(bytes32 jobId, Award calldata award) private view returns (uint256) {
        (address poster,,,,,, uint40 deadline,, Settlement.Status st,, bytes32 awardHash) = settlement.jobs(jobId);
        if (st != Settlement.Status.Open) revert NotOpen(jobId);
        (,,,,,,,, uint32 claimWindow,) = settlement.params();
        if (block.timestamp < deadline || block.timestamp >= uint256(deadline) + claimWindow) revert NotClaimable(jobId);
        if (awardHash == 0) revert NoAward(jobId);
        if (settlement.hashAward(jobId, poster, Settlement.Award(award.winners, award.standbys, award.prices)) != awardHash) {
            revert AwardMismatch(jobId);
        }
        uint256 honest;
        for (uint256 i; i < award.winners.length; ++i) {
            if (!_convicted(jobId, award.winners[i])) ++honest;
        }
        return settlement.quorumOf(honest);
    }

    /// The indices (into v's signers) of the views that count: signed by a
    /// winner not convicted, with one value per member and per holder.
    function _checkViews(bytes32 jobId, Award calldata award, Views calldata v)
        private
        view
        returns (uint256[] memory valid)
    {
        uint256 n = v.signers.length;
        if (v.audits.length != n) revert LengthMismatch(n, v.audits.length);
        if (v.data.length != n) revert LengthMismatch(n, v.data.length);
        if (v.signatures.length != n) revert LengthMismatch(n, v.signatures.length);
        address prev;
        for (uint256 j; j < v.holders.length; ++j) {
            if (v.holders[j] <= prev) revert UnsortedHolders();
            prev = v.holders[j];
        }
        uint256 members = award.winners.length + award.standbys.length;
        bytes32 holdersHash = keccak256(abi.encodePacked(v.holders));
        bytes32 domain = settlement.domainSeparator();
        valid = new uint256[](n);
        uint256 count;
        prev = address(0);
        for (uint256 k; k < n; ++k) {
            uint256 w = v.signers[k];
            if (w >= award.winners.length) revert NotAWinner(w);
            address signer = award.winners[w];
            if (signer <= prev) revert UnsortedSigners();
            prev = signer;
            if (v.audits[k].length != members) revert LengthMismatch(members, v.audits[k].length);
            if (v.data[k].length != v.holders.length) revert LengthMismatch(v.holders.length, v.data[k].length);
            bytes32 digest = keccak256(
                abi.encodePacked(
                    "\x19\x01",
                    domain,
                    keccak256(
                        abi.encode(
                            CLAIM_TALLY_TYPEHASH,
                            jobId,
                            signer,
                            keccak256(abi.encodePacked(v.audits[k])),
                            holdersHash,
                            keccak256(abi.encodePacked(v.data[k]))
                        )
                    )
                )
            );
            (address got, ECDSA.RecoverError e,) = ECDSA.tryRecover(digest, v.signatures[k]);
            if (e != ECDSA.RecoverError.NoError || got != signer) revert BadSignature(signer);
            // A convict's view counts for nothing (its signature is valid,
            // its word is not).
            if (_convicted(jobId, signer)) continue;
            valid[count++] = k;
        }
        assembly ("memory-safe") {
            mstore(valid, count)
        }
    }

    /// The audit payees (member order, up to the verification bound) and
    /// their gross pay; to and gross have room for the holders after them.
    function _auditPay(
        bytes32 jobId,
        Award calldata award,
        Views calldata v,
        uint256[] memory valid,
        uint256 q
    ) private returns (uint256 nPay, address[] memory to, uint256[] memory gross, uint256 added) {
        uint256 members = award.winners.length + award.standbys.length;
        to = new address[](members + v.holders.length);
        gross = new uint256[](members + v.holders.length);
        (,,,,, uint32 bound,,,,,) = settlement.jobs(jobId);
        uint256 total = auditsTotal[jobId];
        uint256[] memory col = new uint256[](valid.length);
        for (uint256 i; i < members && total < bound; ++i) {
            address member = i < award.winners.length ? award.winners[i] : award.standbys[i - award.winners.length];
            if (_convicted(jobId, member)) continue;
            for (uint256 k; k < valid.length; ++k) {
                col[k] = v.audits[valid[k]][i];
            }
            uint256 want = _qthHighest(col, q);
            uint256 old = auditsPaid[jobId][i];
            if (want <= old) continue;
            uint256 add = want - old;
            if (add > bound - total) add = bound - total;
            auditsPaid[jobId][i] = old + add;
            total += add;
            added += add;
            to[nPay] = member;
            gross[nPay++] = add * award.prices[i];
        }
        auditsTotal[jobId] = total;
    }

    /// Appends the data holders' payees (up to the data pool left) to to
    /// and gross after their first nPay entries.
    function _dataPay(
        bytes32 jobId,
        Views calldata v,
        uint256[] memory valid,
        uint256 q,
        address[] memory to,
        uint256[] memory gross,
        uint256 nPay
    ) private returns (uint256, uint256 fromPool) {
        uint256 pool = settlement.dataPool(jobId);
        uint256[] memory col = new uint256[](valid.length);
        for (uint256 j; j < v.holders.length && fromPool < pool; ++j) {
            for (uint256 k; k < valid.length; ++k) {
                col[k] = v.data[valid[k]][j];
            }
            uint256 want = _qthHighest(col, q);
            address holder = v.holders[j];
            uint256 old = dataPaid[jobId][holder];
            if (want <= old) continue;
            uint256 add = want - old;
            if (add > pool - fromPool) add = pool - fromPool;
            dataPaid[jobId][holder] = old + add;
            fromPool += add;
            to[nPay] = holder;
            gross[nPay++] = add;
        }
        return (nPay, fromPool);
    }

    /// The q-th highest of col (1 <= q <= col.length), sorting col in
    /// place (descending).
    function _qthHighest(uint256[] memory col, uint256 q) private pure returns (uint256) {
        uint256 n = col.length;
        for (uint256 i = 1; i < n; ++i) {
            uint256 x = col[i];
            uint256 j = i;
            while (j > 0 && col[j - 1] < x) {
                col[j] = col[j - 1];
                --j;
            }
            col[j] = x;
        }
        return col[q - 1];
    }

    function _convicted(bytes32 jobId, address member) private view returns (bool) {
        // Settlement.slashKey(KIND_FAULT, jobId, member, 0), computed here
        // rather than asked for.
        uint8 f = settlement.slashed(keccak256(abi.encode(KIND_FAULT, jobId, member, uint256(0))));
        return f == FAULT_WRONG_RESULT || f == FAULT_TAMPERED;
    }
}
