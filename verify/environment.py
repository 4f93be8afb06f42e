"""Prints what the snippet verification environment is, as JSON, for the verification records."""
import importlib.metadata as metadata
import json
import platform

print(json.dumps({
    "python": platform.python_version(),
    "platform": f"{platform.system()} {platform.machine()}",
    # Top-level module name -> the distributions that provide it (e.g. "jax" -> ["jax"]).
    "modules": metadata.packages_distributions(),
    "versions": {d.metadata["Name"].lower(): d.version for d in metadata.distributions()},
}))
