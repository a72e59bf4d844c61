import CSystemCalls

/// Keeps what the process holds in memory (initial passwords, patients' names) out of core files.
public enum ProcessPrivacy {
    /// Forbids core dumps for the rest of the process's life; called before any input is read.
    public static func forbidCoreDumps() {
        _ = mcs_forbid_core_dumps()
    }

    /// Whether the process could still dump core.
    public static var mayDumpCore: Bool { mcs_may_dump_core() != 0 }
}
