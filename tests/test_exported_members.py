"""The public surface is what __all__ says, and every name in it exists."""

import onrecord


def test_all_names_exist() -> None:
    for name in onrecord.__all__:
        assert hasattr(onrecord, name), name


def test_api_functions_are_exported() -> None:
    for name in ("read", "read_all", "check", "verify", "load_source"):
        assert name in onrecord.__all__
        assert callable(getattr(onrecord, name))


def test_stage_subpackages_do_not_shadow_the_api() -> None:
    import importlib

    for module in ("onrecord.read.inputs", "onrecord.read.decode", "onrecord.verify.index"):
        importlib.import_module(module)
    assert onrecord.read is onrecord.api.read
    assert onrecord.verify is onrecord.api.verify
