"""Attachment rules without a database: names, types, programs, sizes, the desk's setting."""

from __future__ import annotations

import pytest

from deskapp.domain import attachments as rules
from deskapp.domain.attachments import AttachmentPolicy
from deskapp.errors import ValidationError


@pytest.mark.parametrize(("size", "shown"), [
    (0, "0 bytes"), (1, "1 byte"), (1023, "1023 bytes"), (1024, "1 KB"), (1536, "1.5 KB"),
    (25 * 1024 * 1024, "25 MB"), (100 * 1024 * 1024, "100 MB"), (3 * 1024**3, "3 GB")])
def test_sizes_read_as_a_file_manager_shows_them(size: int, shown: str) -> None:
    assert rules.size_text(size) == shown


def test_names_lose_their_folder_and_bad_names_are_refused() -> None:
    assert rules.clean_name(r"C:\Users\alex\Desktop\error.png ") == "error.png"
    assert rules.clean_name("/home/alex/trace.log") == "trace.log"
    for bad in ("", "   ", "folder/", ".."):
        with pytest.raises(ValidationError, match="needs a name"):
            rules.clean_name(bad)
    with pytest.raises(ValidationError, match="the limit is 255"):
        rules.clean_name("a" * 252 + ".txt")
    with pytest.raises(ValidationError, match="control characters"):
        rules.clean_name("bad\nname.txt")


def test_programs_are_allowed_with_a_warning_and_unknown_types_refused() -> None:
    policy = AttachmentPolicy()
    for name in ("setup.EXE", "install.msi", "run.bat", "go.cmd", "fix.ps1", "tool.js",
                 "macro.vbs", "saver.scr"):
        check = rules.check_file(name, policy)
        assert check.warning is not None and "program or script" in check.warning, name
    plain = rules.check_file("Report Q3.PDF", policy)
    assert (plain.warning, plain.media_type) == (None, "application/pdf")
    assert rules.check_file("photo.heic", AttachmentPolicy(allowed=("image/*",))
                            ).warning is None
    with pytest.raises(ValidationError, match="does not take '.xyz' files"):
        rules.check_file("model.xyz", policy)
    with pytest.raises(ValidationError, match="files without an extension"):
        rules.check_file("README", policy)


def test_the_limit_is_inclusive() -> None:
    policy = AttachmentPolicy(max_bytes=2048)
    rules.check_size(2048, policy, "a.txt")
    with pytest.raises(ValidationError, match="a.txt is 2 KB; this desk takes attachments up "
                                              "to 2 KB"):
        rules.check_size(2049, policy, "a.txt")


def test_a_damaged_setting_falls_back_to_the_defaults() -> None:
    assert AttachmentPolicy.from_setting(None) == AttachmentPolicy()
    assert AttachmentPolicy.from_setting({"max_bytes": "huge", "allowed": "all"}) == \
        AttachmentPolicy()
    kept = AttachmentPolicy(4096, (".pdf",))
    assert AttachmentPolicy.from_setting(kept.to_setting()) == kept


def test_allow_lists_are_normalised_and_checked() -> None:
    assert rules.check_allowed_list([" .PDF", "image/*", ".pdf", ""]) == (".pdf", "image/*")
    for bad in (["pdf"], [".p df"], ["image/"], ["a/b/c"]):
        with pytest.raises(ValidationError, match="neither an extension"):
            rules.check_allowed_list(bad)
    with pytest.raises(ValidationError, match="is empty"):
        rules.check_allowed_list(["  "])
