from faultlines.store import Store, rows
from faultlines.store.audit import audit
from tests.store.corpus import analysis


def test_audit_counts_quotes_by_speaker_codes_per_outlet_with_unknown_gender(tmp_path):
    with Store(tmp_path / "c.duckdb") as store:
        store.write([rows(analysis("a")), rows(analysis("b", outlet="Fjord Times"))])
        by_outlet = audit(store, "outlet")
        assert list(by_outlet) == ["Fjord Times", "Harbour Post"]
        post = by_outlet["Harbour Post"]
        assert post["sector"] == {"GOV": 2}
        assert post["country"] == {"NOR": 1, "unknown": 1}
        assert post["gender"] == {"unknown": 2}
        assert audit(store, "month")["2026-03"]["kind"] == {"indirect": 4}
