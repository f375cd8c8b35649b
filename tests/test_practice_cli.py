"""`interview-coach practice` as real processes: piped input, SIGKILL and resume, two at once,
bad input. The database is the real SQLite file under INTERVIEW_COACH_HOME (set by conftest)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from interview_coach.cli import app
from interview_coach.config import load_settings
from interview_coach.progress.history import SessionView, load_sessions
from interview_coach.storage import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals and pipes")
COMMAND = shutil.which("interview-coach") or "interview-coach"
ANSWERS = [
    "I studied maths at Leeds, then spent a year building reports for a food bank network, "
    "which is how I found out I enjoy making numbers useful to people who are busy.",
    "Your stores are close to where people live, and I want my reports to help managers waste "
    "less food; at the food bank I saw how much a weekly dashboard changed decisions.",
    "The shifts sheet was a mess of free text. I cleaned six months of it, wrote SQL to match "
    "shifts with demand, and unfilled shifts fell from 18% to 7% in two months.",
    "A supplier kept sending late price files. I kept a log for three months, showed the buyer "
    "the pattern, and the supplier agreed a fixed Monday deadline.",
    "I have not used Tableau, but Power BI is close. I would rebuild one of my own reports in "
    "Tableau during the first weeks and ask a colleague to review it.",
    "I would agree with the manager what matters most, cut the rest, and send a short weekly "
    "note so nobody is surprised by what slips.",
    "In Excel I used pivot tables on two years of returns and found three suppliers caused 40% "
    "of damaged items; the regional manager changed their packaging rules.",
    "Correlation is two things moving together; causation is one making the other move. At the "
    "food bank, busy weeks matched school holidays, but the cause was free meals stopping.",
    "I like short written updates and a quick call when something is unclear.",
    "I used to rush checks on my own queries; now I compare totals with the source every time.",
]


def database() -> Store:
    return Store.open(load_settings().database_url)


def sessions() -> list[SessionView]:
    with database() as store:
        return load_sessions(store, with_findings=True)


def script(blocks: list[str]) -> str:
    return "".join(block + "\n---\n" for block in blocks)


def run(args: list[str], stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [COMMAND, "practice", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def home() -> Iterator[Path]:
    yield Path(os.environ["INTERVIEW_COACH_HOME"])


def test_scripted_ten_answers_over_piped_input(home: Path) -> None:
    result = run(
        ["--sample", "--format", "in_person", "--minutes", "60"], script([*ANSWERS, ":quit"])
    )
    assert result.returncode == 0, result.stderr
    assert "Question 10/13" in result.stdout and "Session 1 summary: overall" in result.stdout
    (view,) = sessions()
    assert view.status == "finished" and len(view.attempts) == 10
    assert [a.answer_text for a in view.attempts] == ANSWERS
    assert all(a.overall is not None and a.findings for a in view.attempts)
    assert [a.position for a in view.attempts] == list(range(10))


def wait_for_attempts(count: int, process: subprocess.Popen[bytes], limit: float = 90) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        assert process.poll() is None, "practice ended before it was killed"
        found = sessions()
        if found and len(found[0].attempts) >= count and found[0].attempts[-1].overall is not None:
            return
        time.sleep(0.2)
    raise AssertionError(f"{count} answers were not stored in time")


def test_sigkill_mid_session_loses_no_answer_and_resume_continues(home: Path) -> None:
    process = subprocess.Popen(
        [COMMAND, "practice", "--sample", "--format", "phone"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    assert process.stdin is not None
    try:
        process.stdin.write(script(ANSWERS[:3]).encode("utf-8"))
        process.stdin.flush()  # the pipe stays open: practice now waits for answer 4
        wait_for_attempts(3, process)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        process.stdin.close()
    assert process.returncode == -signal.SIGKILL
    (view,) = sessions()
    assert view.status == "active" and [a.answer_text for a in view.attempts] == ANSWERS[:3]

    answers = home / "more.txt"
    answers.write_text(script([ANSWERS[3], ":pause"]), encoding="utf-8")
    result = run(["--resume-session", str(view.id), "--answers", str(answers)])
    assert result.returncode == 0, result.stderr
    assert "Question 4/7" in result.stdout and "Question 1/7" not in result.stdout
    assert "--resume-session 1" in result.stdout
    (view,) = sessions()
    assert view.status == "paused"
    assert [(a.position, a.answer_text) for a in view.attempts][-1] == (3, ANSWERS[3])


def test_two_practice_processes_at_once_lose_nothing(home: Path) -> None:
    files = []
    for name, blocks in (("a", ANSWERS[:5]), ("b", ANSWERS[5:])):
        path = home / f"{name}.txt"
        path.write_text(script([*blocks, ":quit"]), encoding="utf-8")
        files.append(path)
    processes = [
        subprocess.Popen(
            [COMMAND, "practice", "--sample", "-f", "panel", "--answers", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in files
    ]
    for process in processes:
        _, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
    found = sessions()
    assert len(found) == 2 and all(v.status == "finished" for v in found)
    stored = sorted(a.answer_text for v in found for a in v.attempts)
    assert stored == sorted(ANSWERS)
    assert all(a.overall is not None for v in found for a in v.attempts)


def test_empty_huge_and_undecodable_answers_are_clear_messages(home: Path) -> None:
    huge = "word " * 1_000_000  # 5 MB pasted by mistake
    answers = home / "odd.txt"
    answers.write_text(script(["", huge, ANSWERS[0], ":quit"]), encoding="utf-8")
    result = run(["--sample", "-f", "phone", "--answers", str(answers)])
    assert result.returncode == 0, result.stderr
    assert "The answer is empty" in result.stdout and "Question 1 skipped" in result.stdout
    assert "5,000,000 characters long" in result.stdout and "Your answer is kept" in result.stdout
    (view,) = sessions()
    kept = {a.position: a for a in view.attempts}
    assert set(kept) == {1, 2}
    assert kept[1].answer_text == huge.strip("\n") and kept[1].overall is None
    assert kept[2].overall is not None

    bad = home / "bad.txt"
    bad.write_bytes(b"fine answer\n---\nbroken \xff\xfe answer\n")
    failed = run(["--sample", "--answers", str(bad)])
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    assert "is not UTF-8 text" in failed.stderr and len(failed.stderr.strip().splitlines()) == 1
    assert len(sessions()) == 1  # no session was started for the unreadable file

    piped = subprocess.run(
        [COMMAND, "practice", "--sample", "-f", "phone"],
        input=b"caf\xe9 was my first job, serving 200 people a day.\n---\n:quit\n",
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert piped.returncode == 0 and b"is not UTF-8" in piped.stdout
    assert sessions()[-1].attempts[0].answer_text.startswith("caf\ufffd was")


def test_bad_documents_and_options_are_one_line_errors(tmp_path: Path) -> None:
    corrupt = tmp_path / "job.pdf"
    corrupt.write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    resume = tmp_path / "cv.txt"
    resume.write_text("Priya\nAnalyst at a food bank, SQL and Excel.\n", encoding="utf-8")
    runner = CliRunner()
    cases = [
        (["--job", str(corrupt), "--resume", str(resume)], "job.pdf"),
        (["--job", str(corrupt)], "--job and --resume go together"),
        ([], "give --job and --resume"),
        (["--sample", "--review"], "give --job and --resume"),
        (["--resume-session", "99"], "No session with id 99"),
        (["--sample", "--format", "zoom"], "zoom"),
    ]
    for args, expected in cases:
        result = runner.invoke(app, ["practice", *args], input="")
        assert result.exit_code == 2, (args, result.output)
        assert expected in result.output and "Traceback" not in result.output
    nothing = runner.invoke(app, ["practice", "--review"], input="")
    assert nothing.exit_code == 0 and "No question is due for review today" in nothing.output


def test_interactive_terminal_shows_timer_and_pauses(home: Path) -> None:
    import pty
    import select

    fd, terminal = pty.openpty()  # the practice process gets a real terminal as its stdin
    process = subprocess.Popen(
        [COMMAND, "practice", "--sample", "-f", "phone"],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        start_new_session=True,
    )
    os.close(terminal)
    seen = b""

    def read_until(marker: bytes, limit: float = 90) -> None:
        nonlocal seen
        deadline = time.monotonic() + limit
        while marker not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    seen += os.read(fd, 65536)
                except OSError:
                    break
        assert marker in seen, seen[-2000:]

    try:
        read_until(b"> ")
        os.write(
            fd, b"I built weekly reports for a food bank network.\nThat is where I learned SQL.\n\n"
        )
        read_until(b"answered in")
        os.write(fd, b":pause\n")
        read_until(b"--resume-session 1")
    finally:
        try:
            code = process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            code = process.wait()
        os.close(fd)
    assert code == 0
    assert b"about 2:00" in seen and b"of 2:00" in seen
    (view,) = sessions()
    assert view.status == "paused" and len(view.attempts) == 1
    assert view.attempts[0].answer_text.endswith("That is where I learned SQL.")
