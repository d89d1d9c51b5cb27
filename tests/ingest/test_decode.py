import pytest

from letopis.ingest.decode import DecodeError, decode

TEXT = "Президент Таджикистана провел заседание Совета безопасности, сообщает пресс-служба."


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "koi8_r", "cp866"])
def test_russian_in_every_common_encoding_is_decoded(encoding):
    text, found = decode(TEXT.encode(encoding))
    assert text == TEXT


def test_binary_data_is_refused():
    with pytest.raises(DecodeError, match="binary"):
        decode(bytes(range(256)) * 10)


def test_explicit_wrong_encoding_is_an_error():
    with pytest.raises(DecodeError):
        decode("Привет".encode("cp1251"), "utf-8")
