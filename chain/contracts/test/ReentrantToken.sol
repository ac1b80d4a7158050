// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title ReentrantToken: a hostile ERC-20 for tests only.
/// @notice Once armed, the next transfer into or out of `target` calls
/// `target` back with `payload` from inside the transfer, the way an ERC-777
/// hook or a malicious token would, and records how that call ended. Tests
/// use it to show that Settlement's guard refuses the re-entry and that its
/// books stay exact. Never deploy it anywhere but a test chain.
contract ReentrantToken is ERC20 {
    address public target;
    bytes public payload;
    /// @notice Whether the armed call was made, whether it succeeded, and its
    /// return or revert data.
    bool public attempted;
    bool public succeeded;
    bytes public result;

    constructor() ERC20("reentrant test token", "RENT") {}

    /// @notice Anyone may mint: this token exists only on test chains.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Arms the hook for the next transfer touching target_.
    function arm(address target_, bytes calldata payload_) external {
        target = target_;
        payload = payload_;
        attempted = false;
        succeeded = false;
        delete result;
    }

    /// @notice Makes this token contract call target_ with data, so that it
    /// can hold positions in the contract under test.
    function act(address target_, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory ret) = target_.call(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        return ret;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        address t = target;
        if (t != address(0) && (from == t || to == t)) {
            target = address(0); // fire once
            attempted = true;
            (bool ok, bytes memory ret) = t.call(payload);
            succeeded = ok;
            result = ret;
        }
    }
}
