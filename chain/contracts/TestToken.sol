// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title TestToken: a stablecoin stand-in for local chains.
/// @notice Six decimals, like USDC. Only the deployer (the minter) mints. It
/// ships for the embedded chain, `trainmesh chain devnet` and `geth --dev`;
/// a real deployment escrows a real stablecoin instead.
contract TestToken is ERC20 {
    /// @notice The only account that may mint.
    address public immutable minter;

    /// @notice mint was called by an account other than the minter.
    error NotMinter(address caller);

    constructor() ERC20("trainmesh test USD", "tUSD") {
        minter = msg.sender;
    }

    /// @notice Six decimals: amounts are in millionths of a dollar.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// @notice Mints `amount` base units to `to`.
    function mint(address to, uint256 amount) external {
        if (msg.sender != minter) revert NotMinter(msg.sender);
        _mint(to, amount);
    }
}
