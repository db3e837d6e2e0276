"""bench/throughput.py runs each configuration in a child whose output it must not leave unread."""
from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT


def _throughput():
    spec = importlib.util.spec_from_file_location("bench_throughput", ROOT / "bench" / "throughput.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_child_that_reports_more_than_a_pipe_holds_does_not_hang_the_run():
    """A corpus of symlinks makes ``kg`` report one skipped file per line on stderr, far more than a
    pipe's 64 KB: the run must end and hand back all of it, with the child's stdout."""
    script = "import sys\nfor i in range(20000): print('skipped: article-%05d.txt (a link)' % i, file=sys.stderr)\nprint('{\"ok\": 1}')"
    code, out, err, peak_rss, _ = _throughput().run_sampled([sys.executable, "-c", script])
    assert code == 0
    assert out.strip() == '{"ok": 1}'
    assert err.count("\n") == 20000 and err.splitlines()[-1] == "skipped: article-19999.txt (a link)"
    assert peak_rss > 0


def test_a_failing_child_gives_its_return_code_and_its_stderr():
    code, out, err, _, _ = _throughput().run_sampled([sys.executable, "-c", "import sys; sys.exit('no corpus here')"])
    assert code == 1 and out == "" and "no corpus here" in err
