"""A writer for the crash test: creates and edits statements, printing each id once its create returned."""

import random
import sys

from annotations.store import Store

path, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
store = Store.open(path, backup=False)
doc_id = store.document_ids()[0]
length = len(store.document(doc_id).text)
stance_ids = [s.id for s in store.stances()]
print("ready", flush=True)
while True:
    start = rng.randrange(0, length - 50)
    st = store.add_statement(doc_id, start, start + rng.randrange(1, 50), note="n" * rng.randrange(0, 2000))
    print(st.id, flush=True)  # acknowledged: the create call has returned
    store.update_statement(st.id, stance_id=rng.choice(stance_ids), note=f"edited {seed}")
    if rng.random() < 0.2:
        gone = store.delete_statement(rng.choice([s.id for s in store.statements(doc_id)]))
        print(f"deleted:{gone.id}", flush=True)
