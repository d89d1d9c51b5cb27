from letopis.model import Token
from letopis.nlp.taggers import make_tree


def heads(tokens):
    return [token.head for token in tokens]


def reaches_root(tokens):
    for start in range(len(tokens)):
        seen, current = set(), start
        while current >= 0:
            assert current not in seen, f"cycle through {current}"
            seen.add(current)
            current = tokens[current].head
    return True


def test_a_cycle_is_hung_from_the_root():
    tokens = [Token(0, 1, "a", head=-1), Token(2, 3, "b", head=2), Token(4, 5, "c", head=1)]
    make_tree(tokens)
    assert reaches_root(tokens)
    assert heads(tokens).count(-1) == 1


def test_no_root_at_all():
    tokens = [Token(0, 1, "a", head=1), Token(2, 3, "b", head=0)]
    make_tree(tokens)
    assert reaches_root(tokens)


def test_parsed_sentences_are_trees(seed):
    for sentence in seed.sentences:
        assert reaches_root(sentence.tokens)
        assert sum(token.head == -1 for token in sentence.tokens) >= 1
