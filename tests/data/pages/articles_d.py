# ruff: noqa: E501  (article text and page furniture are data: long lines on purpose)
"""Article bodies, part D: the blind held-out round (issue 12).

Three site kinds added after the rules were tuned on the first ten: the Communist
Party of Vietnam's e-newspaper (dangcongsan.vn), a popular e-newspaper (VnExpress)
and a ministry portal other than MOFA (Bộ Văn hóa, Thể thao và Du lịch).  Our own
writing, fictional but plausible; events, figures, names and quotes are invented and
nothing here is a statement of fact.  Same DSL as ``articles_a``.
"""

ARTICLES_D = {
"dcs-hoidam-lao-2024": """
D: 2024-08-15 10:23
T: Tăng cường trao đổi lý luận giữa hai Đảng Việt Nam - Lào
L: ĐCSVN - Sáng 14/8, tại Hà Nội, đoàn cán bộ Ban Tuyên giáo Trung ương Đảng Nhân dân Cách mạng Lào do đồng chí Khăm-xỉ Vông-sả, Phó Trưởng ban làm trưởng đoàn, đã có buổi làm việc với Hội đồng Lý luận Trung ương.
P: Tại buổi làm việc, hai bên thông tin cho nhau về kết quả tổng kết thực tiễn ở mỗi nước, nhất là kinh nghiệm trong công tác xây dựng Đảng, phát triển kinh tế thị trường và hội nhập quốc tế.
P: Phó Chủ tịch Hội đồng Lý luận Trung ương Trần Văn Định cho biết, trong ba năm qua, hai bên đã phối hợp tổ chức bốn cuộc hội thảo lý luận, trao đổi hàng chục đoàn cán bộ và biên soạn chung một số tài liệu nghiên cứu.
I: Quang cảnh buổi làm việc. || PV
P: Đồng chí Khăm-xỉ Vông-sả bày tỏ mong muốn phía Việt Nam tiếp tục chia sẻ kinh nghiệm trong công tác tuyên truyền trên không gian mạng và đào tạo đội ngũ làm công tác lý luận cho các tỉnh của Lào.
P: Hai bên thống nhất sẽ tổ chức hội thảo lý luận lần thứ năm vào năm 2025 tại Viêng Chăn, với chủ đề về phát triển nguồn nhân lực trong bối cảnh chuyển đổi số.
A: Minh Hoàng
""",
"dcs-kieubao-duc-2024": """
D: 2024-09-03 16:40
T: Kiều bào tại Đức hướng về quê hương nhân dịp Quốc khánh
L: ĐCSVN - Tối 2/9, tại Berlin, Đại sứ quán Việt Nam tại Đức tổ chức lễ kỷ niệm Quốc khánh với sự tham dự của đông đảo bà con kiều bào, sinh viên và bạn bè Đức.
P: Phát biểu tại buổi lễ, Đại sứ Nguyễn Đức Toàn điểm lại những thành tựu của đất nước và cảm ơn cộng đồng người Việt tại Đức đã luôn đoàn kết, giữ gìn bản sắc văn hóa dân tộc, là cầu nối hữu nghị giữa hai nước.
H: Cầu nối văn hóa giữa hai nước
P: Theo số liệu của Đại sứ quán, cộng đồng người Việt tại Đức hiện có khoảng 200.000 người, trong đó ngày càng nhiều người trẻ làm việc trong các lĩnh vực y tế, công nghệ thông tin và nghiên cứu khoa học.
I: Các em nhỏ trong cộng đồng biểu diễn văn nghệ tại buổi lễ. || Thu Hà
P: Chương trình văn nghệ do các câu lạc bộ của cộng đồng dàn dựng với các làn điệu dân ca ba miền, múa quạt và áo dài đã để lại ấn tượng sâu sắc với khách mời.
P: Nhiều đại biểu Đức cho biết, họ mong muốn được đến Việt Nam du lịch và tìm hiểu thêm về văn hóa, ẩm thực Việt.
A: Thu Hà (từ Berlin)
""",
"dcs-bien-gioi-campuchia-2023": """
D: 2023-11-20 09:05
T: Xây dựng đường biên giới Việt Nam - Campuchia hòa bình, hữu nghị
L: Ngày 19/11, tại tỉnh Tây Ninh, Ban Chỉ đạo biên giới hai tỉnh Tây Ninh và Svay Rieng tổ chức hội nghị sơ kết công tác phối hợp quản lý biên giới năm 2023.
P: Hội nghị đánh giá, tình hình an ninh trật tự trên tuyến biên giới cơ bản ổn định. Lực lượng chức năng hai bên đã tổ chức 24 đợt tuần tra song phương, trao đổi thông tin thường xuyên về các đối tượng buôn lậu, xuất nhập cảnh trái phép.
P: Hai tỉnh cũng phối hợp tuyên truyền cho người dân khu vực biên giới chấp hành các quy định về quản lý cột mốc, không tự ý di chuyển, xâm phạm hệ thống mốc giới.
I: Lãnh đạo hai tỉnh trao đổi bên lề hội nghị.
P: Trong năm 2024, hai bên thống nhất một số nội dung phối hợp chính:
U: Duy trì cơ chế hội đàm định kỳ giữa lãnh đạo hai tỉnh và lực lượng bảo vệ biên giới;
U: Đẩy mạnh kết nghĩa giữa các cặp xã, bản hai bên biên giới;
U: Hỗ trợ nhau trong khám chữa bệnh, phòng chống dịch bệnh cho nhân dân vùng biên.
P: Phát biểu bế mạc, lãnh đạo hai tỉnh khẳng định sẽ tiếp tục xây dựng đường biên giới Việt Nam - Campuchia hòa bình, hữu nghị, hợp tác và phát triển.
S: Theo TTXVN
""",
"dcs-thong-tin-doi-ngoai-2024": """
D: 2024-05-28 14:10
T: Đổi mới nội dung thông tin đối ngoại trên nền tảng số
L: ĐCSVN - Ngày 27/5, tại Hà Nội, Ban Chỉ đạo công tác thông tin đối ngoại tổ chức hội thảo khoa học về đổi mới nội dung và phương thức thông tin đối ngoại trên các nền tảng số.
P: Hội thảo thu hút hơn 150 đại biểu là lãnh đạo các cơ quan báo chí, nhà khoa học và cán bộ làm công tác thông tin đối ngoại của các bộ, ngành, địa phương.
P: Nhiều ý kiến cho rằng, thông tin đối ngoại cần chuyển từ “cung cấp thông tin” sang “đáp ứng nhu cầu người đọc”, với những sản phẩm ngắn gọn, đa ngôn ngữ, phù hợp với thói quen sử dụng mạng xã hội của công chúng quốc tế.
I: Các đại biểu tham dự hội thảo. || Quang Minh
H: Cần đội ngũ chuyên nghiệp
P: Các đại biểu kiến nghị xây dựng cơ sở dữ liệu dùng chung về thông tin đối ngoại, bồi dưỡng đội ngũ biên dịch, biên tập viên ngoại ngữ và có cơ chế đặt hàng sản phẩm với các cơ quan báo chí.
P: Kết luận hội thảo, đại diện Ban Chỉ đạo cho biết sẽ tổng hợp các ý kiến để tham mưu xây dựng kế hoạch thông tin đối ngoại giai đoạn 2026 - 2030.
A: Quang Minh
""",
"vnx-ngoaitruong-asean-2024": """
D: 2024-07-25 21:47
T: Bộ trưởng Ngoại giao dự hội nghị ASEAN mở rộng
L: Bộ trưởng Ngoại giao đề nghị các nước ASEAN và đối tác tăng cường hợp tác ứng phó biến đổi khí hậu và an ninh nguồn nước tiểu vùng Mekong.
P: Tại phiên họp chiều 25/7, Bộ trưởng nhấn mạnh vai trò trung tâm của ASEAN trong cấu trúc khu vực và cho rằng các đối tác cần ủng hộ những sáng kiến của Hiệp hội trên tinh thần tôn trọng luật pháp quốc tế.
P: “Hợp tác tiểu vùng Mekong phải gắn với lợi ích của người dân hai bên bờ sông”, Bộ trưởng nói, đồng thời đề xuất tăng cường chia sẻ dữ liệu thủy văn giữa các nước thượng nguồn và hạ nguồn.
I: Bộ trưởng Ngoại giao phát biểu tại hội nghị chiều 25/7. || Bộ Ngoại giao
P: Bên lề hội nghị, Bộ trưởng có các cuộc gặp song phương với ngoại trưởng một số nước, trao đổi về việc chuẩn bị các chuyến thăm cấp cao và thúc đẩy hợp tác kinh tế.
P: Hội nghị năm nay có sự tham dự của ngoại trưởng 10 nước thành viên ASEAN, Timor Leste với tư cách quan sát viên và các đối tác đối thoại.
A: Vũ Anh
""",
"vnx-luuhocsinh-lao-2023": """
D: 2023-09-12 06:00
T: Sinh viên Lào học tiếng Việt trước khi vào đại học
L: Hơn 300 sinh viên Lào bắt đầu năm dự bị học tiếng Việt tại Đà Nẵng, chuẩn bị cho các ngành kỹ thuật, y khoa và kinh tế.
P: Sáng 11/9, khoa Tiếng Việt cho người nước ngoài của một trường đại học ở Đà Nẵng khai giảng khóa dự bị cho lưu học sinh Lào. Các em sẽ học tiếng Việt trong 10 tháng trước khi vào các trường chuyên ngành.
P: Xổm-phon, 19 tuổi, đến từ tỉnh Sê-kông, cho biết đã tự học một ít tiếng Việt qua mạng. “Em muốn học ngành xây dựng để về quê làm cầu đường”, Xổm-phon nói.
I: Lưu học sinh Lào trong buổi học đầu tiên. || Nguyễn Đông
H: Học cả văn hóa
P: Ngoài giờ học trên lớp, nhà trường tổ chức cho sinh viên tham quan di tích, gặp gỡ gia đình người Việt và tham gia câu lạc bộ thể thao để làm quen với cuộc sống.
I: Giờ sinh hoạt câu lạc bộ của sinh viên quốc tế.
P: Theo nhà trường, tỷ lệ sinh viên Lào hoàn thành khóa dự bị và đạt chứng chỉ tiếng Việt năm trước là 94%.
A: Nguyễn Đông
""",
"vnx-baoho-congdan-2024": """
D: 2024-02-06 15:20
T: Đưa 40 lao động Việt gặp nạn ở nước ngoài về nước
L: Bộ Ngoại giao phối hợp với các cơ quan chức năng đưa 40 lao động Việt Nam bị lừa đảo làm việc trái phép về nước an toàn.
P: Các lao động về đến sân bay quốc tế Nội Bài chiều 5/2, được cơ quan chức năng làm thủ tục nhập cảnh và bố trí phương tiện đưa về địa phương.
P: Theo Cục Lãnh sự, những người này bị môi giới hứa hẹn việc nhẹ lương cao nhưng sau khi sang nước ngoài bị giữ giấy tờ, ép làm việc nhiều giờ mỗi ngày.
P: Cơ quan đại diện Việt Nam đã cử cán bộ tiếp xúc, cấp giấy tờ thông hành và phối hợp với nhà chức trách sở tại để đưa các công dân ra khỏi nơi làm việc.
P: Bộ Ngoại giao khuyến cáo người dân không tin vào các lời mời làm việc ở nước ngoài qua mạng xã hội không rõ nguồn gốc, chỉ ký hợp đồng qua doanh nghiệp được cấp phép.
A: Vũ Anh (Theo Cục Lãnh sự)
""",
"vnx-hoi-cho-campuchia-2024": """
D: 2024-10-30 18:05
T: Doanh nghiệp Việt tìm khách ở hội chợ Phnom Penh
L: Hơn 200 gian hàng Việt Nam giới thiệu nông sản, hàng tiêu dùng, vật liệu xây dựng tại hội chợ thương mại lớn nhất năm ở Phnom Penh.
P: Hội chợ khai mạc sáng 30/10 và kéo dài 5 ngày. Ban tổ chức dự kiến đón khoảng 50.000 lượt khách tham quan, mua sắm.
P: Chị Lê Thu Hằng, đại diện một doanh nghiệp chế biến hạt điều ở Bình Phước, cho biết đây là lần thứ ba công ty tham gia hội chợ. “Khách Campuchia chuộng hàng Việt vì giá hợp lý, chất lượng ổn định”, chị nói.
I: Khách tham quan gian hàng nông sản Việt Nam tại hội chợ. || Nguyễn Hải
P: Theo Thương vụ Việt Nam tại Campuchia, kim ngạch thương mại hai nước trong 9 tháng đạt khoảng 7 tỷ USD, tăng gần 15% so với cùng kỳ.
P: Bên lề hội chợ, các doanh nghiệp hai nước ký 12 biên bản ghi nhớ hợp tác trong lĩnh vực phân phối, logistics và chế biến nông sản.
A: Nguyễn Hải
""",
"bvh-tuanvanhoa-nhatban-2024": """
D: 2024-10-08 08:15
T: Khai mạc Tuần Văn hóa Việt Nam tại Nhật Bản
L: (BVHTTDL) - Tối 7/10, tại thành phố Fukuoka, Bộ Văn hóa, Thể thao và Du lịch phối hợp với Đại sứ quán Việt Nam tại Nhật Bản khai mạc Tuần Văn hóa Việt Nam năm 2024.
P: Tuần Văn hóa gồm chương trình biểu diễn nghệ thuật, triển lãm ảnh về di sản thế giới tại Việt Nam, trình diễn áo dài và giới thiệu ẩm thực truyền thống.
P: Phát biểu khai mạc, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch nhấn mạnh, giao lưu văn hóa là cầu nối quan trọng giúp nhân dân hai nước hiểu nhau hơn, góp phần thúc đẩy quan hệ Đối tác chiến lược toàn diện Việt Nam - Nhật Bản.
I: Tiết mục múa rối nước tại lễ khai mạc. || Vụ Hợp tác quốc tế
P: Trong khuôn khổ Tuần Văn hóa, đoàn công tác của Bộ làm việc với chính quyền thành phố Fukuoka về hợp tác quảng bá du lịch và đào tạo nhân lực ngành dịch vụ.
S: Nguồn: Vụ Hợp tác quốc tế
""",
"bvh-dulich-lao-2023": """
D: 2023-06-21
T: Hợp tác phát triển du lịch Việt Nam - Lào - Campuchia
P: Ngày 20/6, tại tỉnh Kon Tum, Tổng cục Du lịch chủ trì hội nghị bàn về phát triển sản phẩm du lịch chung của ba nước Việt Nam - Lào - Campuchia.
P: Hội nghị thống nhất xây dựng các tour du lịch “Ba quốc gia - Một điểm đến” kết nối di sản thế giới của ba nước, đồng thời đơn giản hóa thủ tục cho xe du lịch qua lại các cửa khẩu.
I: Các đại biểu tham quan điểm du lịch cộng đồng. || Tổng cục Du lịch
P: Đại diện Bộ Thông tin, Văn hóa và Du lịch Lào đề nghị các bên phối hợp tổ chức đoàn khảo sát cho doanh nghiệp lữ hành và cơ quan báo chí, quảng bá hình ảnh tuyến du lịch mới.
P: Các đại biểu cũng kiến nghị tăng cường đào tạo hướng dẫn viên biết tiếng Lào, tiếng Khmer tại các tỉnh vùng biên.
S: Theo Báo Văn hóa
""",
"bvh-ditich-hanquoc-2024": """
D: 2024-04-02 17:30
T: Việt Nam và Hàn Quốc chia sẻ kinh nghiệm bảo tồn di sản
L: Ngày 2/4, tại Hà Nội, Cục Di sản văn hóa phối hợp với Cơ quan Di sản Hàn Quốc tổ chức hội thảo chia sẻ kinh nghiệm bảo tồn, phát huy giá trị di sản văn hóa trong đô thị.
P: Tại hội thảo, các chuyên gia Hàn Quốc giới thiệu kinh nghiệm lập hồ sơ số hóa di tích, quản lý khu phố cổ và huy động cộng đồng tham gia bảo vệ di sản.
H: Số hóa di sản
P: Phía Việt Nam trình bày kết quả số hóa hiện vật tại một số bảo tàng và đề xuất hợp tác đào tạo chuyên gia trong lĩnh vực bảo quản, tu bổ di tích.
P: Hai bên nhất trí xây dựng chương trình trao đổi chuyên gia giai đoạn 2024 - 2026 và phối hợp tổ chức triển lãm về di sản hai nước.
A: Thu Hiền
""",
"bvh-the-thao-asean-2024": """
D: 2024-12-11 11:00
T: Gặp mặt đoàn thể thao người khuyết tật trước thềm đại hội khu vực
L: (BVHTTDL) - Sáng 10/12, tại Hà Nội, Bộ Văn hóa, Thể thao và Du lịch gặp mặt, động viên đoàn thể thao người khuyết tật Việt Nam trước khi lên đường dự đại hội thể thao khu vực.
P: Đoàn gồm 85 vận động viên tham gia tranh tài ở 8 môn, trong đó điền kinh, bơi và cử tạ được kỳ vọng giành nhiều huy chương.
P: Phát biểu tại buổi gặp mặt, lãnh đạo Bộ đề nghị các vận động viên thi đấu trung thực, cao thượng, đồng thời là những sứ giả giới thiệu hình ảnh Việt Nam thân thiện tới bạn bè khu vực.
P: Nhân dịp này, Bộ trao cờ Tổ quốc và tặng quà cho đoàn:
U: Trao cờ Tổ quốc cho trưởng đoàn;
U: Tặng quà cho các vận động viên có hoàn cảnh khó khăn;
U: Tặng hoa cho các huấn luyện viên.
I: Lãnh đạo Bộ trao cờ Tổ quốc cho đoàn thể thao. || Hồng Hạnh
P: Đại hội sẽ diễn ra từ ngày 15 đến 22/12 với sự tham gia của vận động viên 11 nước.
A: Hồng Hạnh
""",
}
